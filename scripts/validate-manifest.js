#!/usr/bin/env node
// Offline validation of the add-in's XML manifest (`npm run validate`).
// `office-addin-manifest validate` posts the file to an online Microsoft service, unreachable here,
// so this checks what we rely on ourselves:
//   - well-formed XML, the OfficeApp root of a TaskPaneApp
//   - element order under OfficeApp, VersionOverrides and DesktopFormFactor, as Microsoft's
//     "How to find the proper order of manifest elements" page lists it (an element out of order
//     keeps the add-in from loading)
//   - required elements, the GUID id, the version, the permissions value
//   - <Requirements> in the base manifest, after <Hosts> and before <DefaultSettings>, asking for
//     ExcelApi no newer than 1.7 (Office 2019), never inside <VersionOverrides>
//   - every URL https; every icon a PNG in assets/ with the pixel size it is declared at
//   - resource ids resolve; string lengths within the schema's limits
//   - Override locales are ll-CC, and the display name and description have a vi-VN override
// Usage: node scripts/validate-manifest.js [manifest.xml] [--assets <dir>]
'use strict';
const fs = require('fs');
const path = require('path');
const { JSDOM } = require('jsdom');
const { URL } = require('url');

const NS_OFFICEAPP = 'http://schemas.microsoft.com/office/appforoffice/1.1';
const NS_XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const NS_BT = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';

// https://learn.microsoft.com/office/dev/add-ins/develop/manifest-element-ordering
const OFFICEAPP_ORDER = [
  'Id',
  'AlternateId',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'Dictionary',
  'VersionOverrides',
  'ExtendedOverrides',
];
const OFFICEAPP_REQUIRED = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'SupportUrl', 'Hosts', 'DefaultSettings', 'Permissions'];
const VERSIONOVERRIDES_ORDER = ['Description', 'Requirements', 'Hosts', 'Resources', 'WebApplicationInfo', 'EquivalentAddins'];
const DESKTOP_ORDER = ['GetStarted', 'FunctionFile', 'ExtensionPoint'];
const RESOURCES_ORDER = ['Images', 'Urls', 'ShortStrings', 'LongStrings'];
const PERMISSIONS = ['Restricted', 'ReadDocument', 'ReadAllDocument', 'WriteDocument', 'ReadWriteDocument'];
const MAX_EXCEL_API = '1.7';

function elementChildren(el) {
  return Array.from(el.children);
}

function compareVersions(a, b) {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] || 0) - (pb[i] || 0);
    if (d) return d;
  }
  return 0;
}

/** Checks the children of `parent` against `order`; unknown children and wrong order are errors. */
function checkOrder(parent, order, where, errors) {
  let last = -1;
  let lastName = '';
  for (const child of elementChildren(parent)) {
    const name = child.localName;
    const at = order.indexOf(name);
    if (at < 0) {
      errors.push(`${where}: <${name}> is not a valid child here (expected one of ${order.join(', ')})`);
      continue;
    }
    if (at < last) errors.push(`${where}: <${name}> must come before <${lastName}> (order: ${order.join(' → ')})`);
    else {
      last = at;
      lastName = name;
    }
  }
}

function pngSize(file) {
  const buf = fs.readFileSync(file);
  const sig = '89504e470d0a1a0a';
  if (buf.length < 24 || buf.subarray(0, 8).toString('hex') !== sig || buf.subarray(12, 16).toString('ascii') !== 'IHDR') return null;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/**
 * Validates manifest XML text. Returns a list of error messages (empty when valid).
 * @param {string} xml
 * @param {{ assetsDir: string }} options
 */
function validateManifest(xml, { assetsDir }) {
  const errors = [];
  let doc;
  try {
    doc = new JSDOM(xml, { contentType: 'application/xml' }).window.document;
  } catch (e) {
    return [`not well-formed XML: ${String(e && e.message ? e.message : e).split('\n')[0]}`];
  }
  const root = doc.documentElement;
  if (!root || root.localName !== 'OfficeApp') return [`the root element must be <OfficeApp>, not <${root ? root.localName : '?'}>`];
  if (root.namespaceURI !== NS_OFFICEAPP) errors.push(`<OfficeApp> must be in the namespace ${NS_OFFICEAPP} (Version 1.1 schema)`);
  const type = root.getAttributeNS(NS_XSI, 'type');
  if (type !== 'TaskPaneApp') errors.push(`<OfficeApp xsi:type> must be "TaskPaneApp", not "${type}"`);

  checkOrder(root, OFFICEAPP_ORDER, 'OfficeApp', errors);
  const child = (name) => elementChildren(root).find((c) => c.localName === name);
  for (const name of OFFICEAPP_REQUIRED) if (!child(name)) errors.push(`OfficeApp: required element <${name}> is missing`);

  const id = child('Id');
  if (id && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id.textContent.trim())) errors.push(`<Id> must be a GUID, not "${id.textContent.trim()}"`);
  const version = child('Version');
  if (version && !/^\d{1,5}(\.\d{1,5}){0,3}$/.test(version.textContent.trim())) errors.push(`<Version> must look like 1.0.0.0, not "${version.textContent.trim()}"`);
  const permissions = child('Permissions');
  if (permissions && !PERMISSIONS.includes(permissions.textContent.trim())) errors.push(`<Permissions> must be one of ${PERMISSIONS.join(', ')}`);
  const defaultLocale = child('DefaultLocale');
  if (defaultLocale && !/^[a-z]{2,3}-[A-Z]{2}$/.test(defaultLocale.textContent.trim())) errors.push(`<DefaultLocale> must be a locale such as en-US`);

  // Display name and description: lengths, and a Vietnamese override.
  for (const [name, max] of [
    ['DisplayName', 125],
    ['Description', 250],
  ]) {
    const el = child(name);
    if (!el) continue;
    const values = [el.getAttribute('DefaultValue') || '', ...elementChildren(el).map((o) => o.getAttribute('Value') || '')];
    if (!el.getAttribute('DefaultValue')) errors.push(`<${name}> needs a DefaultValue`);
    for (const v of values) if (v.length > max) errors.push(`<${name}> values must be at most ${max} characters ("${v.slice(0, 40)}…" has ${v.length})`);
    if (!elementChildren(el).some((o) => o.localName === 'Override' && o.getAttribute('Locale') === 'vi-VN')) errors.push(`<${name}> needs an <Override Locale="vi-VN"> (Vietnamese first for the officers)`);
  }

  // Every Override anywhere: a real locale and a value.
  for (const o of Array.from(doc.getElementsByTagNameNS('*', 'Override'))) {
    const locale = o.getAttribute('Locale') || '';
    if (!/^[a-z]{2,3}-[A-Z]{2}$/.test(locale)) errors.push(`<${o.parentElement.localName}>: Override Locale "${locale}" is not a locale such as vi-VN`);
    if (!o.getAttribute('Value')) errors.push(`<${o.parentElement.localName}>: Override Locale="${locale}" has no Value`);
  }

  // Hosts: Excel only.
  const hosts = child('Hosts');
  if (hosts && !elementChildren(hosts).some((h) => h.localName === 'Host' && h.getAttribute('Name') === 'Workbook')) errors.push('<Hosts> must contain <Host Name="Workbook"/> (Excel)');

  // Requirements: base manifest, ExcelApi ≤ 1.7.
  const requirements = child('Requirements');
  if (!requirements) errors.push('OfficeApp: <Requirements> is missing (it must ask for ExcelApi 1.7, between <Hosts> and <DefaultSettings>)');
  else {
    const sets = elementChildren(requirements).find((c) => c.localName === 'Sets');
    const excel = sets && elementChildren(sets).find((s) => s.localName === 'Set' && s.getAttribute('Name') === 'ExcelApi');
    if (!excel) errors.push('<Requirements><Sets> must contain <Set Name="ExcelApi" MinVersion="1.7"/>');
    else {
      const min = excel.getAttribute('MinVersion') || (sets && sets.getAttribute('DefaultMinVersion')) || '';
      if (!/^\d+\.\d+$/.test(min)) errors.push(`ExcelApi MinVersion "${min}" is not a version such as 1.7`);
      else if (compareVersions(min, MAX_EXCEL_API) > 0) errors.push(`ExcelApi MinVersion ${min} is newer than ${MAX_EXCEL_API}: Office 2019 could not load the add-in`);
    }
  }
  const overrides = child('VersionOverrides');
  if (overrides) {
    for (const r of elementChildren(overrides).filter((c) => c.localName === 'Requirements')) {
      if (r.getElementsByTagNameNS('*', 'Set').length) errors.push('<VersionOverrides> must not carry the ExcelApi <Requirements>: declare them in the base manifest, after <Hosts>');
    }
  }

  // DefaultSettings/SourceLocation.
  const defaults = child('DefaultSettings');
  if (defaults && !elementChildren(defaults).some((c) => c.localName === 'SourceLocation' && c.getAttribute('DefaultValue'))) errors.push('<DefaultSettings> needs a <SourceLocation DefaultValue="https://…/taskpane.html"/>');

  // URLs: https everywhere.
  const urlElements = ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation', 'Url', 'Image', 'LearnMoreUrl'];
  const urls = [];
  for (const el of Array.from(doc.getElementsByTagName('*'))) {
    if (urlElements.includes(el.localName) && el.hasAttribute('DefaultValue')) urls.push([el, el.getAttribute('DefaultValue')]);
    if (el.localName === 'Override' && urlElements.includes(el.parentElement.localName)) urls.push([el, el.getAttribute('Value') || '']);
    if (el.localName === 'AppDomain') urls.push([el, el.textContent.trim()]);
  }
  for (const [el, url] of urls) {
    let parsed;
    try {
      parsed = new URL(url);
    } catch {
      errors.push(`<${el.localName}>: "${url}" is not a URL`);
      continue;
    }
    if (parsed.protocol !== 'https:') errors.push(`<${el.localName}>: "${url}" must use https`);
  }

  // Resources: ids, references, lengths.
  const resources = overrides && elementChildren(overrides).find((c) => c.localName === 'Resources');
  const resourceIds = new Map(); // id → element
  if (overrides) {
    if (overrides.getAttributeNS(NS_XSI, 'type') !== 'VersionOverridesV1_0') errors.push('<VersionOverrides xsi:type> must be "VersionOverridesV1_0" for a task pane add-in');
    checkOrder(overrides, VERSIONOVERRIDES_ORDER, 'VersionOverrides', errors);
    for (const dff of Array.from(overrides.getElementsByTagNameNS('*', 'DesktopFormFactor'))) {
      checkOrder(dff, [...DESKTOP_ORDER, 'SupportsSharedFolders'], 'DesktopFormFactor', errors);
      if (!elementChildren(dff).some((c) => c.localName === 'ExtensionPoint')) errors.push('<DesktopFormFactor> needs at least one <ExtensionPoint>');
    }
    if (!resources) errors.push('<VersionOverrides> needs <Resources> for its resid references');
    else {
      checkOrder(resources, RESOURCES_ORDER, 'Resources', errors);
      for (const group of elementChildren(resources)) {
        const max = group.localName === 'ShortStrings' ? 125 : group.localName === 'LongStrings' ? 250 : 2048;
        for (const item of elementChildren(group)) {
          const rid = item.getAttribute('id');
          if (!rid) errors.push(`<${group.localName}>: an item has no id`);
          else if (rid.length > 32) errors.push(`resource id "${rid}" is longer than 32 characters`);
          else if (resourceIds.has(rid)) errors.push(`resource id "${rid}" is defined twice`);
          else resourceIds.set(rid, item);
          const values = [item.getAttribute('DefaultValue') || '', ...elementChildren(item).map((o) => o.getAttribute('Value') || '')];
          for (const v of values) if (v.length > max) errors.push(`resource "${rid}" is longer than ${max} characters`);
        }
      }
    }
    for (const el of Array.from(overrides.getElementsByTagName('*'))) {
      const rid = el.getAttribute('resid');
      if (rid && !resourceIds.has(rid)) errors.push(`<${el.localName} resid="${rid}">: no resource with that id`);
    }
  }

  // Icons: files in assets/ with the declared pixel size.
  const icons = []; // [label, url, size]
  const iconUrl = child('IconUrl');
  if (iconUrl) icons.push(['IconUrl', iconUrl.getAttribute('DefaultValue'), 32]);
  const hiRes = child('HighResolutionIconUrl');
  if (hiRes) icons.push(['HighResolutionIconUrl', hiRes.getAttribute('DefaultValue'), 64]);
  const sizeOfResid = new Map();
  if (overrides) {
    for (const img of Array.from(overrides.getElementsByTagNameNS(NS_BT, 'Image'))) {
      const rid = img.getAttribute('resid');
      const size = Number(img.getAttribute('size'));
      if (!rid) continue;
      if (![16, 20, 24, 32, 40, 48, 64, 80].includes(size)) errors.push(`<bt:Image resid="${rid}"> size ${img.getAttribute('size')} is not an icon size Office uses`);
      if (sizeOfResid.has(rid) && sizeOfResid.get(rid) !== size) errors.push(`icon resource "${rid}" is used at sizes ${sizeOfResid.get(rid)} and ${size}`);
      sizeOfResid.set(rid, size);
    }
    for (const [rid, size] of sizeOfResid) {
      const res = resourceIds.get(rid);
      if (res) icons.push([`bt:Image ${rid}`, res.getAttribute('DefaultValue'), size]);
    }
  }
  for (const [label, url, size] of icons) {
    if (!url) {
      errors.push(`${label}: no URL`);
      continue;
    }
    let name;
    try {
      name = path.posix.basename(new URL(url).pathname);
    } catch {
      continue; // reported with the URLs
    }
    if (!/\.png$/i.test(name)) {
      errors.push(`${label}: "${name}" should be a PNG`);
      continue;
    }
    const file = path.join(assetsDir, name);
    if (!fs.existsSync(file)) {
      errors.push(`${label}: icon file ${path.relative(process.cwd(), file) || file} does not exist`);
      continue;
    }
    const dim = pngSize(file);
    if (!dim) errors.push(`${label}: ${name} is not a PNG file`);
    else if (dim.width !== size || dim.height !== size) errors.push(`${label}: ${name} is ${dim.width}×${dim.height} px, must be ${size}×${size}`);
  }
  return errors;
}

function main(argv) {
  const args = argv.slice(2);
  let file = 'manifest.xml';
  let assets;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--assets') assets = args[++i];
    else file = args[i];
  }
  const manifest = path.resolve(file);
  if (!fs.existsSync(manifest)) {
    console.error(`validate-manifest: ${file} does not exist`);
    return 1;
  }
  const assetsDir = path.resolve(assets || path.join(path.dirname(manifest), 'assets'));
  const errors = validateManifest(fs.readFileSync(manifest, 'utf8'), { assetsDir });
  if (errors.length) {
    console.error(`${file}: ${errors.length} problem${errors.length === 1 ? '' : 's'}`);
    for (const e of errors) console.error(`  ✗ ${e}`);
    return 1;
  }
  console.log(`${file}: valid (checked offline: XML, element order, required elements, https URLs, icons, requirements, locales)`);
  return 0;
}

module.exports = { validateManifest, pngSize, OFFICEAPP_ORDER };

if (require.main === module) process.exitCode = main(process.argv);
