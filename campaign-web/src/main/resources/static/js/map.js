// The province's communes coloured by progress status (boundaries uploaded by an ADMIN). No base
// tiles are loaded: the map needs no outside server. The ranking table holds the same figures.
(function () {
  var source = document.getElementById('map-data');
  var element = document.getElementById('map');
  if (!source || !element || !window.L) {
    return;
  }
  var data = JSON.parse(source.textContent);
  var colours = { ON_TRACK: '#198754', AT_RISK: '#ffc107', BEHIND: '#dc3545' };
  var map = L.map(element, { attributionControl: false });
  var layer = L.geoJSON(data.geojson, {
    style: function (feature) {
      var commune = data.communes[feature.properties.code] || {};
      return { color: '#495057', weight: 1, fillOpacity: 0.7, fillColor: colours[commune.status] || '#adb5bd' };
    },
    onEachFeature: function (feature, shape) {
      var commune = data.communes[feature.properties.code] || {};
      shape.bindTooltip((commune.name || feature.properties.code)
        + (commune.percent !== null && commune.percent !== undefined ? ': ' + commune.percent + '%' : ''));
    }
  }).addTo(map);
  map.fitBounds(layer.getBounds());
})();
