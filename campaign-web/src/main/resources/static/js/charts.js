// Draws the dashboard charts from the JSON in #chart-data. Every chart has a data table in the
// page, so nothing is lost without JavaScript. Also makes tables with class "sortable" sortable.
(function () {
  var source = document.getElementById('chart-data');
  if (source && window.Chart) {
    var data = JSON.parse(source.textContent);
    var monthly = document.getElementById('monthly-chart');
    if (monthly && data.months.length) {
      var datasets = [{ label: monthly.dataset.label, data: data.measures, borderColor: '#0d6efd', tension: 0.2 }];
      if (data.target !== null) {
        datasets.push({ label: monthly.dataset.targetLabel, data: data.months.map(function () { return data.target; }),
          borderColor: '#dc3545', borderDash: [6, 4], pointRadius: 0 });
      }
      new Chart(monthly, { type: 'line', data: { labels: data.months, datasets: datasets },
        options: { animation: false, scales: { y: { beginAtZero: true } } } });
    }
    var groups = document.getElementById('group-chart');
    if (groups && data.groups.length) {
      // Group names are long ("Cán bộ, công chức, viên chức, người lao động khu vực công"): horizontal
      // bars give each name a line of its own, wrapped, and the chart grows with the number of groups
      // instead of squashing the bars under overlapping labels.
      var labels = data.groupNames.map(function (name) { return wrap(name, 24); });
      var lines = labels.reduce(function (sum, label) { return sum + Math.max(2, label.length); }, 0);
      var box = document.createElement('div');
      box.className = 'group-chart-box';
      box.style.height = (80 + lines * 22) + 'px';
      groups.parentNode.insertBefore(box, groups);
      box.appendChild(groups);
      new Chart(groups, { type: 'bar', data: { labels: labels, datasets: [
        { label: groups.dataset.label, data: data.groupMeasures, backgroundColor: '#0d6efd' },
        { label: groups.dataset.targetLabel, data: data.groupTargets, backgroundColor: '#adb5bd' }] },
        options: { animation: false, indexAxis: 'y', maintainAspectRatio: false,
          scales: { x: { beginAtZero: true }, y: { ticks: { autoSkip: false } } } } });
    }
  }

  // Splits a label into lines of at most about "width" characters, at spaces.
  function wrap(text, width) {
    var lines = [];
    var line = '';
    text.split(' ').forEach(function (word) {
      if (line && (line + ' ' + word).length > width) {
        lines.push(line);
        line = word;
      } else {
        line = line ? line + ' ' + word : word;
      }
    });
    if (line) {
      lines.push(line);
    }
    return lines;
  }

  document.querySelectorAll('table.sortable th[data-sort]').forEach(function (header) {
    header.addEventListener('click', function () {
      var table = header.closest('table');
      var index = Array.prototype.indexOf.call(header.parentNode.children, header);
      var ascending = header.dataset.direction !== 'asc';
      header.dataset.direction = ascending ? 'asc' : 'desc';
      var rows = Array.prototype.slice.call(table.tBodies[0].rows);
      rows.sort(function (a, b) {
        var x = a.cells[index].dataset.value || a.cells[index].textContent;
        var y = b.cells[index].dataset.value || b.cells[index].textContent;
        var nx = parseFloat(x), ny = parseFloat(y);
        var result = !isNaN(nx) && !isNaN(ny) ? nx - ny : x.localeCompare(y, 'vi');
        return ascending ? result : -result;
      });
      rows.forEach(function (row) { table.tBodies[0].appendChild(row); });
    });
  });
})();
