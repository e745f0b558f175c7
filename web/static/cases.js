// Live filtering of the case list as you type; the form still posts for a server-side search.
"use strict";

(function () {
  const input = document.getElementById("case-query");
  const table = document.getElementById("case-table");
  const count = document.getElementById("case-count");
  if (!input || !table) return;
  const rows = Array.from(table.tBodies[0].rows);
  input.addEventListener("input", function () {
    const query = input.value.trim().toLowerCase();
    let shown = 0;
    for (const row of rows) {
      const match = !query || row.dataset.search.includes(query);
      row.hidden = !match;
      if (match) shown += 1;
    }
    count.textContent = shown + (shown === 1 ? " case" : " cases") + (query ? " matching your search" : "");
  });
})();
