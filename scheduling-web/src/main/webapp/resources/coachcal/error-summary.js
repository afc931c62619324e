/*
 * After a refused form, move the focus to the error summary (GOV.UK Design System pattern), so that a
 * screen reader reads the problems first and a keyboard user starts from the links to the fields.
 * Without script the summary is still the first thing in <main>, and its links still lead to the fields.
 */
(function () {
  'use strict';
  function focusSummary() {
    var summary = document.getElementById('error-summary');
    if (summary) {
      summary.focus();
    }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', focusSummary);
  } else {
    focusSummary();
  }
}());
