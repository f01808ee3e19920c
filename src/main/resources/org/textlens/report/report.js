"use strict";
// Sorting and paging of the document list. The page works without this script: every row is in
// the table, in input order.
(function () {
  var table = document.querySelector("table.doc-list");
  if (!table) { return; }
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var size = parseInt(table.getAttribute("data-page-size"), 10) || 100;
  var page = 0;
  var pager = null;
  function show() {
    rows.forEach(function (r, i) { r.hidden = pager !== null && Math.floor(i / size) !== page; });
    if (pager) {
      var pages = Math.ceil(rows.length / size);
      pager.querySelector("span").textContent = "Page " + (page + 1) + " of " + pages;
      pager.querySelector(".prev").disabled = page === 0;
      pager.querySelector(".next").disabled = page >= pages - 1;
    }
  }
  if (rows.length > size) {
    pager = document.createElement("div");
    pager.className = "pager";
    pager.innerHTML = '<button type="button" class="prev">Previous</button><span aria-live="polite"></span>'
      + '<button type="button" class="next">Next</button>';
    table.parentNode.insertBefore(pager, table.nextSibling);
    pager.querySelector(".prev").addEventListener("click", function () { page--; show(); });
    pager.querySelector(".next").addEventListener("click", function () { page++; show(); });
  }
  // A link to a document on another page of the list turns to that page first.
  window.addEventListener("hashchange", function () {
    var row = body.querySelector('tr[data-doc="' + location.hash.slice(1) + '"]');
    if (row && pager) { page = Math.floor(rows.indexOf(row) / size); show(); }
  });
  var heads = table.tHead.rows[0].cells;
  Array.prototype.forEach.call(heads, function (th, col) {
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = th.textContent;
    th.textContent = "";
    th.appendChild(button);
    button.addEventListener("click", function () {
      var ascending = th.getAttribute("aria-sort") !== "ascending";
      Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      var numeric = th.getAttribute("data-type") === "number";
      function key(r) {
        var c = r.cells[col];
        var s = c.getAttribute("data-sort");
        return numeric ? (s === null ? NaN : parseFloat(s)) : c.textContent;
      }
      rows.sort(function (a, b) {
        var x = key(a), y = key(b), d;
        if (numeric) {
          if (isNaN(x) || isNaN(y)) { return isNaN(x) - isNaN(y); }
          d = x - y;
        } else {
          d = x.localeCompare(y);
        }
        return ascending ? d : -d;
      });
      rows.forEach(function (r) { body.appendChild(r); });
      page = 0;
      show();
    });
  });
  show();
})();
