// Excel.Note and Excel.NoteCollection (ExcelApi 1.18) for the pinned office.js.
//
// Why this exists: the newest office.js on npm (@microsoft/office-js 1.1.110, also the last copy in
// OfficeDev/office-js on GitHub) stops at ExcelApi 1.17: its excel-win32-16.01.js has no Note,
// NoteCollection or `notes` property (nor RangeAreas.select), while the office.js Excel loads from
// the CDN has them. So that the adapter's note code runs through the real library's request
// machinery, the emulated host's page serves the library with these classes appended, written the
// way the library's generated classes are written (compare Excel.Comment / Excel.CommentCollection
// in excel-win32-16.01.debug.js): the same BatchApiHelper calls, operation types and flags, PascalCase
// wire names from @types/office-js. The wire requests are then what a library with notes would send:
// a property path "Notes", a method path "Add" (write, invalid after the request), an indexer for
// getItem, "GetItemOrNullObject", "GetItemAt", "GetCount", "GetLocation" and "Delete".
//
// It steps aside when the library already defines Excel.NoteCollection (a newer pin), and it is
// defined whatever the host's requirement matrix says, as in the CDN library: the host, not the
// library, refuses notes below ExcelApi 1.18.

/** Appended to the Excel host library (excel-*.js) when the emulated page serves it. */
export const NOTES_LIBRARY = String.raw`
;(function () {
  if (typeof Excel === 'undefined' || typeof OfficeExtension === 'undefined' || Excel.NoteCollection || !Excel.Worksheet) return;
  var H = OfficeExtension.BatchApiHelper;
  var U = OfficeExtension.Utility;
  var API = 'ExcelApi';
  function extend(d, b) {
    Object.setPrototypeOf(d, b);
    d.prototype = Object.create(b.prototype, { constructor: { value: d, writable: true, configurable: true } });
  }
  function define(proto, name, get, set) {
    Object.defineProperty(proto, name, { get: get, set: set, enumerable: true, configurable: true });
  }
  function constant(proto, name, value) {
    define(proto, name, function () { return value; });
  }
  var Base = OfficeExtension.ClientObject;

  // ---- Note
  function Note() { return (Base !== null && Base.apply(this, arguments)) || this; }
  extend(Note, Base);
  var NP = Note.prototype;
  constant(NP, '_className', 'Note');
  constant(NP, '_scalarPropertyNames', ['authorName', 'content', 'height', 'visible', 'width']);
  constant(NP, '_scalarPropertyOriginalNames', ['AuthorName', 'Content', 'Height', 'Visible', 'Width']);
  constant(NP, '_scalarPropertyUpdateable', [false, true, true, true, true]);
  var FIELDS = { authorName: ['_A', 'AuthorName', false], content: ['_C', 'Content', true], height: ['_H', 'Height', true], visible: ['_V', 'Visible', true], width: ['_W', 'Width', true] };
  Object.keys(FIELDS).forEach(function (name) {
    var f = FIELDS[name];
    define(
      NP,
      name,
      function () {
        U.throwIfNotLoaded(name, this[f[0]], 'Note', this._isNull);
        return this[f[0]];
      },
      f[2]
        ? function (value) {
            this[f[0]] = value;
            H.invokeSetProperty(this, f[1], value, 0);
          }
        : undefined,
    );
  });
  NP.set = function (properties, options) { this._recursivelySet(properties, options, ['content', 'height', 'visible', 'width'], [], []); };
  NP.update = function (properties) { this._recursivelyUpdate(properties); };
  NP['delete'] = function () { H.invokeMethod(this, 'Delete', 0, [], 0, 0); };
  NP.getLocation = function () { return H.createMethodObject(Excel.Range, this, 'GetLocation', 1, [], false, true, null, 4); };
  NP._handleResult = function (value) {
    Base.prototype._handleResult.call(this, value);
    if (U.isNullOrUndefined(value)) return;
    U.fixObjectPathIfNecessary(this, value);
    var self = this;
    Object.keys(FIELDS).forEach(function (name) {
      var f = FIELDS[name];
      if (!U.isUndefined(value[f[1]])) self[f[0]] = value[f[1]];
    });
  };
  NP.load = function (options) { return U.load(this, options); };
  NP.retrieve = function (option) { return U.retrieve(this, option); };
  NP._handleRetrieveResult = function (value, result) {
    Base.prototype._handleRetrieveResult.call(this, value, result);
    U.processRetrieveResult(this, value, result);
  };
  NP.toJSON = function () { return U.toJson(this, { authorName: this._A, content: this._C, height: this._H, visible: this._V, width: this._W }, {}); };
  Excel.Note = Note;

  // ---- NoteCollection
  function NoteCollection() { return (Base !== null && Base.apply(this, arguments)) || this; }
  extend(NoteCollection, Base);
  var CP = NoteCollection.prototype;
  constant(CP, '_className', 'NoteCollection');
  constant(CP, '_isCollection', true);
  define(CP, 'items', function () {
    U.throwIfNotLoaded('items', this.m__items, 'NoteCollection', this._isNull);
    return this.m__items;
  });
  CP.add = function (cellAddress, content) { return H.createMethodObject(Excel.Note, this, 'Add', 0, [cellAddress, content], false, true, null, 0); };
  CP.getCount = function () { return H.invokeMethod(this, 'GetCount', 1, [], 4, 0); };
  CP.getItem = function (key) { return H.createIndexerObject(Excel.Note, this, [key]); };
  CP.getItemAt = function (index) { return H.createMethodObject(Excel.Note, this, 'GetItemAt', 1, [index], false, false, null, 4); };
  CP.getItemOrNullObject = function (key) { return H.createMethodObject(Excel.Note, this, 'GetItemOrNullObject', 1, [key], false, false, null, 4); };
  CP._handleResult = function (value) {
    Base.prototype._handleResult.call(this, value);
    if (U.isNullOrUndefined(value)) return;
    U.fixObjectPathIfNecessary(this, value);
    var data = value[OfficeExtension.Constants.items];
    if (!U.isNullOrUndefined(data)) {
      this.m__items = [];
      for (var i = 0; i < data.length; i++) {
        var item = H.createChildItemObject(Excel.Note, true, this, data[i], i);
        item._handleResult(data[i]);
        this.m__items.push(item);
      }
    }
  };
  CP.load = function (options) { return U.load(this, options); };
  CP.retrieve = function (option) { return U.retrieve(this, option); };
  CP._handleRetrieveResult = function (value, result) {
    var self = this;
    Base.prototype._handleRetrieveResult.call(this, value, result);
    U.processRetrieveResult(this, value, result, function (data, index) { return H.createChildItemObject(Excel.Note, true, self, data, index); });
  };
  CP.toJSON = function () { return U.toJson(this, {}, {}, this.m__items); };
  Excel.NoteCollection = NoteCollection;

  // ---- Workbook.notes, Worksheet.notes (navigation properties, as Worksheet.comments)
  [['Workbook', Excel.Workbook], ['Worksheet', Excel.Worksheet]].forEach(function (pair) {
    var proto = pair[1].prototype;
    define(proto, 'notes', function () {
      U.throwIfApiNotSupported(pair[0] + '.notes', API, '1.18', 'Excel');
      if (!this.m_notes) this.m_notes = H.createPropertyObject(Excel.NoteCollection, this, 'Notes', true, 4);
      return this.m_notes;
    });
    var handle = proto._handleResult;
    proto._handleResult = function (value) {
      handle.call(this, value);
      if (!U.isNullOrUndefined(value)) U._handleNavigationPropertyResults(this, value, ['notes', 'Notes']);
    };
  });
})();
`;

/** The Excel host library files the page loads (excel-win32-16.01.js and the like). */
export function isExcelLibrary(fileName: string): boolean {
  return /^excel-[\w.-]+\.js$/.test(fileName);
}

/** A library file as the emulated CDN serves it: the Excel host libraries get notes appended. */
export function servedLibrary(fileName: string, body: Buffer<ArrayBuffer>): Buffer<ArrayBuffer> {
  if (!isExcelLibrary(fileName)) return body;
  const tail = Buffer.from(NOTES_LIBRARY, 'utf8');
  const out = Buffer.alloc(body.length + tail.length);
  body.copy(out, 0);
  tail.copy(out, body.length);
  return out;
}
