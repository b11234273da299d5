// "Was this page useful?" without leaving the page. Without JavaScript the forms post and return.
(function () {
  "use strict";
  document.querySelectorAll("[data-page-feedback]").forEach(function (box) {
    var steps = {
      ask: box.querySelector(".feedback__ask"),
      details: box.querySelector(".feedback__details"),
      thanks: box.querySelector(".feedback__thanks"),
    };
    function show(state) {
      Object.keys(steps).forEach(function (name) {
        steps[name].hidden = name !== state;
      });
      var focusTarget = state === "details" ? steps.details.querySelector("input, textarea") : steps.thanks;
      if (focusTarget) {
        if (state === "thanks") steps.thanks.setAttribute("tabindex", "-1");
        focusTarget.focus();
      }
    }
    [steps.ask, steps.details].forEach(function (form) {
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        var data = new FormData(form);
        if (event.submitter && event.submitter.name) data.append(event.submitter.name, event.submitter.value);
        fetch(form.action, { method: "POST", body: data, headers: { Accept: "application/json" }, credentials: "same-origin" })
          .then(function (response) { return response.json(); })
          .then(function (result) { if (result.state === "details" || result.state === "thanks") show(result.state); })
          .catch(function () { form.submit(); });
      });
    });
  });
})();
