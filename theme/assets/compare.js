// The peer comparison of `roireport compare`, run in the page so that a firm's numbers never leave
// it. The rules are those of src/RoiReport.Core/Comparison (PeerComparison.cs and Percentiles.cs),
// written in the same order of operations so that both give the same answer from the same
// benchmarks.json: change one only with the other.
(function () {
  "use strict";

  var form = document.getElementById("compare-form");
  if (!form) {
    return;
  }
  var errors = document.getElementById("compare-errors");
  var output = document.getElementById("compare-output");
  var symbol = form.getAttribute("data-currency") || "$";
  var report = null;

  // The published figures are fetched once, when the page loads: nothing is requested afterwards.
  fetch(form.getAttribute("data-benchmarks"))
    .then(function (response) {
      if (!response.ok) {
        throw new Error("HTTP " + response.status);
      }
      return response.json();
    })
    .then(function (data) {
      report = data;
      fillYears();
      fillChoices();
    })
    .catch(function () {
      showErrors(["The peer figures could not be loaded, so there is nothing to compare with."]);
    });

  function fillYears() {
    var select = form.elements.year;
    var years = report.waves.map(function (w) { return w.year; }).sort(function (a, b) { return b - a; });
    years.forEach(function (year) {
      select.appendChild(new Option(String(year), String(year)));
    });
  }

  function labels(dimension) {
    var year = Number(form.elements.year.value);
    var seen = {};
    report.groups.forEach(function (g) {
      if (g.year === year && g[dimension] !== null) {
        seen[g[dimension]] = true;
      }
    });
    return Object.keys(seen).sort(function (a, b) { return a.localeCompare(b, "en", { numeric: true }); });
  }

  function fillChoices() {
    ["industry", "employees"].forEach(function (dimension) {
      var select = form.elements[dimension];
      var chosen = select.value;
      while (select.options.length > 1) {
        select.remove(1);
      }
      labels(dimension).forEach(function (label) {
        select.appendChild(new Option(label, label, false, label === chosen));
      });
    });
  }
  form.elements.year.addEventListener("change", fillChoices);

  // --- The rules, as in PeerComparison.cs and Percentiles.cs -------------------------------------

  function hourlyReturn(sales, costs, hours) {
    return (sales - costs) / hours;
  }

  function find(year, segment, industry, employees) {
    for (var i = 0; i < report.groups.length; i++) {
      var g = report.groups[i];
      if (g.year === year && g.segment === segment && g.industry === industry && g.employees === employees && (g.region === undefined || g.region === null)) {
        return g;
      }
    }
    return null;
  }

  // The most specific published group: size dropped, then industry, then segment.
  function peerGroup(year, segment, industry, employees) {
    var ladder = [[segment, industry, employees], [segment, industry, null], [segment, null, null], [null, null, null]];
    var skipped = [];
    var tried = {};
    for (var i = 0; i < ladder.length; i++) {
      var key = ladder[i];
      var id = JSON.stringify(key);
      if (tried[id]) {
        continue;
      }
      tried[id] = true;
      var group = find(year, key[0], key[1], key[2]);
      if (group && !group.suppressed) {
        return { group: group, skipped: skipped };
      }
      skipped.push(key);
    }
    return null;
  }

  function round(percentile) {
    return Math.round(percentile * 10) / 10;
  }

  function estimate(published, value) {
    var all = [[10, "p10", published.p10], [25, "p25", published.p25], [50, "p50", published.p50], [75, "p75", published.p75], [90, "p90", published.p90]];
    var points = all.filter(function (a) { return a[2] !== null && a[2] !== undefined; });
    if (points.length === 0) {
      return { percentile: null, bound: null, quantile: null };
    }
    if (value < points[0][2]) {
      return { percentile: null, bound: "below", quantile: points[0][1] };
    }
    if (value > points[points.length - 1][2]) {
      return { percentile: null, bound: "above", quantile: points[points.length - 1][1] };
    }
    var equal = points.filter(function (p) { return p[2] === value; });
    if (equal.length > 0) {
      return { percentile: round((equal[0][0] + equal[equal.length - 1][0]) / 2), bound: null, quantile: null };
    }
    for (var i = 0; i + 1 < points.length; i++) {
      var lo = points[i];
      var hi = points[i + 1];
      if (value > lo[2] && value < hi[2]) {
        return { percentile: round(lo[0] + ((value - lo[2]) * (hi[0] - lo[0]) / (hi[2] - lo[2]))), bound: null, quantile: null };
      }
    }
    return { percentile: null, bound: null, quantile: null };
  }

  function quartile(published, value) {
    if (published.p25 === null || published.p50 === null || published.p75 === null) {
      return null;
    }
    return value < published.p25 ? 1 : value < published.p50 ? 2 : value < published.p75 ? 3 : 4;
  }

  // --- The form ------------------------------------------------------------------------------------

  function amount(value) {
    var text = Math.abs(value).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    return (value < 0 && text !== "0.00" ? "\u2212" : "") + symbol + text;
  }

  function read(name, required, problems) {
    var input = form.elements[name];
    var text = input.value.trim();
    input.removeAttribute("aria-invalid");
    if (text === "") {
      if (required) {
        problems.push({ input: input, message: input.labels[0].firstChild.textContent.trim() + ": required." });
      }
      return null;
    }
    var value = Number(text);
    if (!isFinite(value) || value < 0) {
      problems.push({ input: input, message: input.labels[0].firstChild.textContent.trim() + ": expected a number of at least 0." });
      return null;
    }
    return value;
  }

  function showErrors(messages) {
    errors.textContent = "";
    var list = document.createElement("ul");
    messages.forEach(function (message) {
      var item = document.createElement("li");
      item.textContent = message;
      list.appendChild(item);
    });
    errors.appendChild(list);
    errors.hidden = false;
    errors.focus();
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (!report) {
      return;
    }
    var problems = [];
    var sm = { sales: read("sm_sales", true, problems), costs: read("sm_direct_costs", true, problems), hours: read("sm_hours", true, problems) };
    var other = { sales: read("other_sales", false, problems), costs: read("other_direct_costs", false, problems), hours: read("other_hours", false, problems) };
    if (sm.hours === 0) {
      problems.push({ input: form.elements.sm_hours, message: "Staff hours put in: expected more than 0, since a return per hour needs hours." });
    }
    var otherGiven = [other.sales, other.costs, other.hours].filter(function (v) { return v !== null; }).length;
    if (otherGiven > 0 && otherGiven < 3) {
      problems.push({ input: form.elements.other_sales, message: "Other marketing: give its sales, direct costs and hours, or none of them." });
    } else if (otherGiven === 3 && other.hours === 0) {
      problems.push({ input: form.elements.other_hours, message: "Other marketing hours: expected more than 0." });
    }
    if (problems.length > 0) {
      problems.forEach(function (p) { p.input.setAttribute("aria-invalid", "true"); });
      output.hidden = true;
      showErrors(problems.map(function (p) { return p.message; }));
      return;
    }
    errors.hidden = true;

    var year = Number(form.elements.year.value);
    var found = peerGroup(year, form.elements.segment.value, form.elements.industry.value || null, form.elements.employees.value || null);
    if (!found) {
      showErrors(["No published peer group matches these choices in " + year + ", even the whole wave."]);
      return;
    }
    var value = hourlyReturn(sm.sales, sm.costs, sm.hours);
    var published = found.group.hourly_return;
    var place = estimate(published, value);
    var q = quartile(published, value);
    show(found, value, place, q, otherGiven === 3 ? hourlyReturn(other.sales, other.costs, other.hours) : null);
  });

  function groupName(g) {
    var parts = [g.segment, g.industry, g.employees === null ? null : g.employees + " employees"].filter(function (p) { return p !== null; });
    return parts.length === 0 ? "All firms" : parts.join(" \u00b7 ");
  }

  function show(found, value, place, q, otherValue) {
    var g = found.group;
    var result = document.getElementById("compare-result");
    var where = place.percentile !== null
      ? "about the " + place.percentile.toFixed(1) + "th percentile of your peers: you earn more per hour than about " + Math.round(place.percentile) + " in 100 of them"
      : place.bound === "below"
        ? "below the " + place.quantile + " of your peers"
        : "above the " + place.quantile + " of your peers";
    result.setAttribute("data-percentile", place.percentile !== null ? String(place.percentile) : place.bound + " " + place.quantile);
    result.textContent = "Your social-media hour earns " + amount(value) + ". That is " + where + (q !== null ? " (quartile " + q + ")" : "") + "." +
      (otherValue === null ? "" : " Your other marketing earns " + amount(otherValue) + " per hour, so your social-media hour earns " +
        (value >= otherValue ? "at least as much" : "less") + (g.share_sm_ge_other === null ? "." : "; " + Math.round(g.share_sm_ge_other * 100) + "% of these peers earn at least as much from social media."));
    var skipped = found.skipped.map(function (k) { return groupName({ segment: k[0], industry: k[1], employees: k[2] }); });
    document.getElementById("compare-group").textContent = "Peers: " + groupName(g) + ", " + g.year + " (" + g.n.toLocaleString("en-US") + " firms with a social-media hourly return)." +
      (skipped.length === 0 ? "" : " " + skipped.join("; ") + ": too few firms to publish, so the broader group is used.");
    output.hidden = false;
    // Drawn once shown, so that it takes the width of its column.
    drawChart(g.hourly_return, value);
  }

  // The peers' spread, with the firm on it. The scale is the peers': a firm far outside them is
  // drawn at the edge with an arrow, so that their box keeps its width. The drawing is as wide as
  // its column (up to 800), so that its text is drawn at its own size on a phone too.
  function drawChart(p, value) {
    var svgNs = "http://www.w3.org/2000/svg";
    var holder = document.getElementById("compare-chart");
    holder.textContent = "";
    var width = Math.max(280, Math.min(800, holder.clientWidth || 800));
    var height = 190;
    var lowQ = p.p10 !== null ? p.p10 : p.p25;
    var highQ = p.p90 !== null ? p.p90 : p.p75;
    var span = Math.max(highQ - lowQ, 1);
    var below = value < lowQ - span;
    var above = value > highQ + span;
    var lo = Math.min(lowQ, 0, below || above ? lowQ : value);
    var hi = Math.max(highQ, 0, below || above ? highQ : value);
    if (lo < lowQ - span) { lo = lowQ; } // zero far below the peers is not drawn either
    if (hi > highQ + span) { hi = highQ; }
    var pad = (hi - lo) * 0.08 || 1;
    var edge = below || above ? 46 : 20;
    lo -= pad;
    hi += pad;
    function x(v) { return edge + (Math.min(Math.max(v, lo), hi) - lo) / (hi - lo) * (width - 2 * edge); }
    var svg = document.createElementNS(svgNs, "svg");
    svg.setAttribute("viewBox", "0 0 " + width + " " + height);
    svg.setAttribute("class", "compare-chart");
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", "Your hourly return of " + amount(value) + " against the peers' middle half, from " + amount(p.p25) + " to " + amount(p.p75) + ", and their median of " + amount(p.p50) + (below || above ? "; yours lies far " + (below ? "below" : "above") + " them, beyond the edge of the chart." : "."));
    holder.appendChild(svg);
    function add(name, attributes, text) {
      var element = document.createElementNS(svgNs, name);
      Object.keys(attributes).forEach(function (k) { element.setAttribute(k, attributes[k]); });
      if (text !== undefined) {
        element.textContent = text;
      }
      svg.appendChild(element);
      return element;
    }
    var middle = 88;
    add("line", { x1: x(lowQ), x2: x(highQ), y1: middle, y2: middle, "class": "line" });
    add("rect", { x: x(p.p25), y: middle - 20, width: Math.max(1, x(p.p75) - x(p.p25)), height: 40, "class": "box" });
    add("line", { x1: x(p.p50), x2: x(p.p50), y1: middle - 24, y2: middle + 24, "class": "line" });
    // Zero, dashed, a little past the box: the rows of labels above and below stay clear of it.
    if (lo <= 0 && 0 <= hi) {
      add("line", { x1: x(0), x2: x(0), y1: middle - 30, y2: middle + 30, "class": "line", "stroke-dasharray": "4 4" });
    }
    // Each label takes the first row, nearest the box, where it clears the label before it.
    var rows = [middle - 38, middle + 50, middle - 58, middle + 70];
    var ends = rows.map(function () { return -Infinity; });
    [["p10", p.p10], ["p25", p.p25], ["median", p.p50], ["p75", p.p75], ["p90", p.p90]].forEach(function (q) {
      if (q[1] === null) {
        return;
      }
      var label = add("text", { x: x(q[1]), y: rows[0], "text-anchor": "middle" }, q[0] + " " + amount(q[1]));
      var half = label.getComputedTextLength() / 2 + 6;
      var centre = Math.min(Math.max(x(q[1]), half), width - half);
      var row = 0;
      while (row < rows.length - 1 && centre - half < ends[row]) { row++; }
      ends[row] = centre + half;
      label.setAttribute("x", centre);
      label.setAttribute("y", rows[row]);
    });
    var you = x(value);
    if (below || above) {
      var tip = below ? 6 : width - 6;
      var back = below ? 30 : width - 30;
      add("line", { x1: back, x2: tip, y1: middle, y2: middle, "class": "you-arrow" });
      add("polygon", { points: tip + "," + middle + " " + (below ? tip + 12 : tip - 12) + "," + (middle - 8) + " " + (below ? tip + 12 : tip - 12) + "," + (middle + 8), "class": "you beyond" });
      you = back;
    } else {
      add("circle", { cx: you, cy: middle, r: 9, "class": "you" });
    }
    var youLabel = add("text", { x: you, y: height - 6, "text-anchor": "middle" }, "You: " + amount(value) + (below || above ? (below ? " (far below)" : " (far above)") : ""));
    var youHalf = youLabel.getComputedTextLength() / 2 + 4;
    youLabel.setAttribute("x", Math.min(Math.max(you, youHalf), width - youHalf));
  }
})();
