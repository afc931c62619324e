/*
 * Coachcal week view, enhanced: prefetches the following weeks of free slots
 * from GET /api/v1/availability with a growing lookahead (1, 2, 3, 5, 8 ...
 * weeks, capped by data-cap = lookahead_cap), so that "Previous week" and
 * "Next week" show at once without a page load; the URL follows with
 * history.pushState, so back and reload work. It renders the same GET forms
 * to the confirmation step as the server does. Without this script the page
 * is complete. Configuration: the data-* attributes of #week.
 */
(function () {
  'use strict';
  var root = document.getElementById('week');
  if (!root || !window.fetch || !window.Intl || !window.history || !history.pushState) {
    return;
  }
  var cfg = root.dataset;
  var cap = Math.max(1, parseInt(cfg.cap, 10) || 1);
  var steps = [1, 2, 3, 5, 8, 13, 21];
  var step = 0;
  var weeks = {};      // Monday (YYYY-MM-DD) -> free slots [{start, end}]
  var loading = {};    // Monday -> Promise while a request covers it
  var current = cfg.monday;
  var parts = formatter({ weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit',
    hourCycle: 'h23', timeZone: cfg.zone });
  var localDay = formatter({ year: 'numeric', month: '2-digit', day: '2-digit', timeZone: cfg.zone });
  var dayName = formatter({ weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
  var shortDay = formatter({ day: 'numeric', month: 'short', timeZone: 'UTC' });

  function formatter(options) {
    var format = new Intl.DateTimeFormat('en-GB', options);
    return function (date) {
      var out = {};
      format.formatToParts(date).forEach(function (part) { out[part.type] = part.value; });
      return out;
    };
  }

  function addDays(day, n) {
    var date = new Date(day + 'T00:00:00Z');
    date.setUTCDate(date.getUTCDate() + n);
    return date.toISOString().slice(0, 10);
  }

  function mondayOf(day) {
    return addDays(day, -((new Date(day + 'T00:00:00Z').getUTCDay() + 6) % 7));
  }

  function slotDay(start) {
    var p = localDay(new Date(start));
    return p.year + '-' + p.month + '-' + p.day;
  }

  function slotLabel(start) {
    var p = parts(new Date(start));
    return cfg.verb + ' ' + p.weekday + ' ' + p.day + ' ' + p.month + ', ' + p.hour + ':' + p.minute;
  }

  function heading(day) {
    var p = dayName(new Date(day + 'T12:00:00Z'));
    return p.weekday + ' ' + p.day + ' ' + p.month;
  }

  function weekOf(monday) {
    var p = shortDay(new Date(monday + 'T12:00:00Z'));
    return p.day + ' ' + p.month;
  }

  function pageUrl(monday) {
    return cfg.page + (cfg.id ? '?id=' + encodeURIComponent(cfg.id) + '&' : '?') + 'from=' + monday;
  }

  /** Asks the API for `count` weeks from `monday`; every week it covers is then known, even with no slots. */
  function fetchWeeks(monday, count) {
    var url = cfg.api + '?from=' + monday + '&weeks=' + count;
    var request = fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) { throw new Error('availability ' + response.status); }
        return response.json();
      })
      .then(function (json) {
        for (var i = 0; i < json.weeks; i++) {
          weeks[addDays(monday, 7 * i)] = [];
        }
        json.slots.forEach(function (slot) {
          var week = mondayOf(slotDay(slot.start));
          if (weeks[week]) { weeks[week].push(slot); }
        });
      });
    for (var i = 0; i < count; i++) { loading[addDays(monday, 7 * i)] = request; }
    request.then(done, done);
    function done() {
      for (var j = 0; j < count; j++) { delete loading[addDays(monday, 7 * j)]; }
    }
    return request;
  }

  /** Makes sure the weeks after `monday` are known, asking for a little more each time (1, 2, 3, 5, 8 ... weeks). */
  function prefetch(monday) {
    var next = addDays(monday, 7);
    while (next <= cfg.last && (weeks[next] || loading[next])) { next = addDays(next, 7); }
    if (next > cfg.last) { return; }
    var remaining = Math.round((new Date(cfg.last) - new Date(next)) / 604800000) + 1;
    var count = Math.min(steps[Math.min(step, steps.length - 1)], cap, remaining);
    step++;
    fetchWeeks(next, count).then(function () { prefetch(monday); }, function () { /* the links still work */ });
    var previous = addDays(monday, -7);
    if (previous >= cfg.first && !weeks[previous] && !loading[previous]) { fetchWeeks(previous, 1).catch(function () {}); }
  }

  function element(name, attributes, text) {
    var node = document.createElement(name);
    Object.keys(attributes || {}).forEach(function (key) { node.setAttribute(key, attributes[key]); });
    if (text) { node.textContent = text; }
    return node;
  }

  function slotForm(slot) {
    var form = element('form', { method: 'get', action: cfg.action, 'class': 'slot' });
    if (cfg.id) { form.appendChild(element('input', { type: 'hidden', name: 'id', value: cfg.id })); }
    form.appendChild(element('input', { type: 'hidden', name: 'start', value: slot.start }));
    form.appendChild(element('input', { type: 'submit', value: slotLabel(slot.start) }));
    return form;
  }

  function render(monday) {
    var slots = weeks[monday];
    var days = document.createElement('div');
    days.id = 'week-days';
    if (slots.length === 0) {
      days.appendChild(element('p', { 'class': 'no-slots' }, 'There are no free times you can book this week. Try another week.'));
    }
    for (var i = 0; i < 7; i++) {
      var day = addDays(monday, i);
      var title = heading(day);
      var box = element('div', { 'class': 'day' });
      box.appendChild(element('h2', { id: 'day-' + day }, title));
      var ofDay = slots.filter(function (slot) { return slotDay(slot.start) === day; });
      if (ofDay.length === 0) {
        box.appendChild(element('p', { 'class': 'no-slots' }, 'No free times on this day.'));
      } else {
        var fieldset = element('fieldset', { 'class': 'slots' });
        fieldset.appendChild(element('legend', {}, 'Free times on ' + title));
        ofDay.forEach(function (slot) { fieldset.appendChild(slotForm(slot)); });
        box.appendChild(fieldset);
      }
      days.appendChild(box);
    }
    document.getElementById('week-days').replaceWith(days);
    document.getElementById('week-of').textContent = 'Week of ' + weekOf(monday);
    document.title = document.title.replace(/week of [^–]*–/, 'week of ' + weekOf(monday) + ' –');
    links(monday);
    current = monday;
  }

  /** Previous / next week links as the server would write them for `monday`. */
  function links(monday) {
    var list = root.querySelector('.week-nav ul');
    list.textContent = '';
    var previous = addDays(monday, -7);
    var next = addDays(monday, 7);
    if (previous >= cfg.first) { list.appendChild(link('previous-week', previous, 'Previous week')); }
    if (next <= cfg.last) { list.appendChild(link('next-week', next, 'Next week')); }
  }

  function link(id, monday, text) {
    var item = document.createElement('li');
    var anchor = element('a', { id: id, href: pageUrl(monday), 'data-monday': monday }, text);
    item.appendChild(anchor);
    return item;
  }

  function show(monday, push) {
    performance.mark('coachcal-week-click');
    render(monday);
    if (push) { history.pushState({ monday: monday }, '', pageUrl(monday)); }
    requestAnimationFrame(function () {
      performance.mark('coachcal-week-shown');
      performance.measure('coachcal-week', 'coachcal-week-click', 'coachcal-week-shown');
    });
    prefetch(monday);
  }

  root.addEventListener('click', function (event) {
    var anchor = event.target.closest ? event.target.closest('.week-nav a') : null;
    if (!anchor || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) { return; }
    var monday = anchor.getAttribute('data-monday') || mondayOf(new URL(anchor.href).searchParams.get('from'));
    if (weeks[monday]) {
      event.preventDefault();
      show(monday, true);
    } else if (loading[monday]) {
      event.preventDefault();
      loading[monday].then(function () { show(monday, true); }, function () { location.href = anchor.href; });
    }
  });

  window.addEventListener('popstate', function (event) {
    var monday = event.state && event.state.monday;
    if (monday && weeks[monday]) {
      show(monday, false);
    } else {
      location.reload();
    }
  });

  history.replaceState({ monday: current }, '', location.href);
  links(current);
  fetchWeeks(current, 1).catch(function () {});
  prefetch(current);
}());
