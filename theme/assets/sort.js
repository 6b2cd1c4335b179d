// Sortable tables, as progressive enhancement: each column header of a figures table or of a wave's
// list of groups becomes a button that sorts the rows by that column, ascending then descending,
// with aria-sort on the header. Without this script the tables read in their published order.
(function () {
  // A cell's number: the figure it starts with, after a sign (and the word joiner that keeps it
  // with its figure) and a currency symbol or code (−$4.28, CHF 12.00, 1,234, 12%, 10-49 as 10);
  // null for a cell without one (a withheld figure, "all", B2B).
  function number(text) {
    var match = /^([\u2212-])?\u2060?(?:[^\d\s]{1,3}\s?)?(\d[\d,]*(?:\.\d+)?)(?![\w])/.exec(text);
    if (!match) {
      return null;
    }
    var value = parseFloat(match[2].replace(/,/g, ""));
    return match[1] ? -value : value;
  }

  function sortBy(table, column, header) {
    var body = table.tBodies[0];
    var ascending = header.getAttribute("aria-sort") !== "ascending";
    var rows = Array.prototype.slice.call(body.rows).map(function (row, index) {
      var text = row.cells[column] ? row.cells[column].textContent.trim() : "";
      return { row: row, index: index, text: text, value: number(text) };
    });
    var numeric = rows.every(function (r) { return r.value !== null || !/\d/.test(r.text); }) && rows.some(function (r) { return r.value !== null; });
    rows.sort(function (a, b) {
      var blankA = numeric ? a.value === null : a.text === "";
      var blankB = numeric ? b.value === null : b.text === "";
      if (blankA !== blankB) {
        return blankA ? 1 : -1; // what is not there goes last, either way
      }
      var order = blankA ? 0 : numeric ? a.value - b.value : a.text.localeCompare(b.text, undefined, { numeric: true });
      return (ascending ? order : -order) || a.index - b.index;
    });
    rows.forEach(function (r) { body.appendChild(r.row); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) { cell.removeAttribute("aria-sort"); });
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
  }

  document.querySelectorAll("table.figures, table.groups").forEach(function (table) {
    if (!table.tHead || !table.tBodies[0] || table.tBodies[0].rows.length < 2) {
      return;
    }
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (header, column) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      while (header.firstChild) {
        button.appendChild(header.firstChild);
      }
      header.appendChild(button);
      button.addEventListener("click", function () { sortBy(table, column, header); });
    });
  });
})();
