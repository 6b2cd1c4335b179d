// Site search, in the browser: search-index.json is fetched once, on the first search, and every
// query is answered here. Nothing typed leaves the page.
(function () {
  var form = document.querySelector("form.site-search");
  if (!form) {
    return;
  }
  var input = form.querySelector("input");
  var results = form.querySelector(".search-results");
  var status = form.querySelector("[role=status]");
  var root = form.getAttribute("data-root");
  var index = null;
  form.hidden = false;

  // Words as they are compared: lower case, without accents, letters and digits only ("1000+" is 1000).
  function words(text) {
    return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").split(/[^a-z0-9]+/).filter(Boolean);
  }

  function load() {
    if (!index) {
      index = fetch(root + "search-index.json")
        .then(function (response) {
          if (!response.ok) { throw new Error(response.status); }
          return response.json();
        })
        .then(function (entries) {
          return entries.map(function (entry) {
            return { entry: entry, title: words(entry.title), text: words(entry.text) };
          });
        });
    }
    return index;
  }

  // How well a page answers the query: every word must be found, as a word or the start of one;
  // a word of the title counts thrice (twice as the start of one), the query in the title's order more.
  function score(page, query, phrase) {
    var total = 0;
    for (var i = 0; i < query.length; i++) {
      var word = query[i];
      var inTitle = page.title.some(function (w) { return w === word || w.indexOf(word) === 0; });
      var inText = inTitle || page.text.some(function (w) { return w === word || w.indexOf(word) === 0; });
      if (!inText) {
        return 0;
      }
      total += inTitle ? (page.title.indexOf(word) >= 0 ? 3 : 2) : 1;
    }
    if (page.title.join(" ").indexOf(phrase) >= 0) {
      total += 2;
    }
    return total;
  }

  function show(found, query) {
    results.textContent = "";
    if (query.length === 0) {
      results.hidden = true;
      status.textContent = "";
      return;
    }
    var list = document.createElement("ol");
    found.slice(0, 12).forEach(function (hit) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = root + hit.entry.path;
      link.textContent = hit.entry.title;
      var kind = document.createElement("span");
      kind.className = "search-kind";
      kind.textContent = hit.entry.kind;
      item.appendChild(link);
      item.appendChild(kind);
      list.appendChild(item);
    });
    results.appendChild(list);
    results.hidden = false;
    status.textContent = found.length === 0 ? "No page matches." : found.length === 1 ? "1 page matches." : found.length + " pages match.";
  }

  function search() {
    var query = words(input.value);
    if (query.length === 0) {
      show([], query);
      return;
    }
    load().then(function (pages) {
      var phrase = query.join(" ");
      var found = pages.map(function (page) { return { entry: page.entry, score: score(page, query, phrase) }; })
        .filter(function (hit) { return hit.score > 0; })
        // Among equals: the latest wave first, then the broadest page (the shortest title).
        .sort(function (a, b) {
          return b.score - a.score || (b.entry.year || 0) - (a.entry.year || 0) || a.entry.title.length - b.entry.title.length || a.entry.title.localeCompare(b.entry.title);
        });
      if (words(input.value).join(" ") === phrase) {
        show(found, query);
      }
    }, function () {
      results.hidden = true;
      status.textContent = location.protocol === "file:"
        ? "Search needs the site to be served over the web (roireport serve, or any web server); it cannot read its index from a file."
        : "The search index could not be loaded.";
    });
  }

  input.addEventListener("input", search);
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var first = results.querySelector("a");
    if (first) {
      location.href = first.href;
    }
  });
  form.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      results.hidden = true;
      input.focus();
    }
  });
})();
