/*
 * The header search box as an ARIA 1.2 combobox ("list autocomplete, no automatic selection").
 *
 * Without JavaScript the box is a plain search form. With it, the input gets role="combobox";
 * typing asks /busca/sugestoes/ for services and lists them in the listbox. Down/Up arrows move
 * through the suggestions (aria-activedescendant), Enter opens the highlighted one (or submits
 * the search when none is), Escape closes the list (twice clears the box), and a status region
 * announces how many suggestions there are.
 */
(function () {
  "use strict";

  var DEBOUNCE_MS = 150;

  function init(wrapper) {
    if (wrapper.dataset.comboboxReady) return;
    wrapper.dataset.comboboxReady = "true";
    var input = wrapper.querySelector("input");
    var listbox = wrapper.querySelector("[role=listbox]");
    var status = wrapper.querySelector("[role=status]");
    var url = wrapper.dataset.autocompleteUrl;
    var options = [];
    var active = -1;
    var timer = null;
    var controller = null;
    var lastQuery = "";

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listbox.id);

    function announce(count) {
      var text;
      if (count === 0) text = wrapper.dataset.statusNone;
      else if (count === 1) text = wrapper.dataset.statusOne;
      else text = wrapper.dataset.statusMany.replace("%(count)s", count);
      status.textContent = text;
    }

    function close() {
      listbox.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function open() {
      if (!options.length) return;
      listbox.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }

    function highlight(index) {
      options.forEach(function (option, i) {
        option.setAttribute("aria-selected", i === index ? "true" : "false");
      });
      active = index;
      if (index >= 0) {
        input.setAttribute("aria-activedescendant", options[index].id);
        options[index].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function go(option) {
      window.location.assign(option.dataset.url);
    }

    function render(suggestions) {
      listbox.textContent = "";
      options = suggestions.map(function (suggestion, i) {
        var option = document.createElement("li");
        option.id = listbox.id + "-option-" + i;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.dataset.url = suggestion.url;
        option.className = "search-box__option";
        var title = document.createElement("span");
        title.textContent = suggestion.title;
        option.appendChild(title);
        if (suggestion.category) {
          var category = document.createElement("span");
          category.className = "search-box__option-category";
          category.textContent = suggestion.category;
          option.appendChild(category);
        }
        option.addEventListener("click", function () { go(option); });
        listbox.appendChild(option);
        return option;
      });
      active = -1;
      announce(options.length);
      if (options.length) open(); else close();
    }

    function fetchSuggestions() {
      var query = input.value.trim();
      if (query === lastQuery) return;
      lastQuery = query;
      if (query.length < 2) { render([]); status.textContent = ""; return; }
      if (controller) controller.abort();
      controller = new AbortController();
      fetch(url + "?q=" + encodeURIComponent(query), {
        headers: { Accept: "application/json" },
        signal: controller.signal,
      })
        .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
        .then(function (data) { if (input.value.trim() === query) render(data.suggestions || []); })
        .catch(function () { /* offline or aborted: the form still submits */ });
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(fetchSuggestions, DEBOUNCE_MS);
    });

    input.addEventListener("keydown", function (event) {
      var expanded = input.getAttribute("aria-expanded") === "true";
      switch (event.key) {
        case "ArrowDown":
          if (!options.length) return;
          event.preventDefault();
          if (!expanded) { open(); if (!event.altKey) highlight(0); return; }
          highlight(active + 1 >= options.length ? 0 : active + 1);
          break;
        case "ArrowUp":
          if (!options.length) return;
          event.preventDefault();
          if (!expanded) { open(); highlight(options.length - 1); return; }
          highlight(active <= 0 ? options.length - 1 : active - 1);
          break;
        case "Enter":
          if (expanded && active >= 0) { event.preventDefault(); go(options[active]); }
          break;
        case "Escape":
          if (expanded) { event.preventDefault(); close(); }
          else if (input.value) { event.preventDefault(); input.value = ""; lastQuery = ""; render([]); }
          break;
        case "Tab":
          close();
          break;
        default:
          break;
      }
    });

    // Keep focus in the input when a suggestion is pressed, so the click can land.
    listbox.addEventListener("mousedown", function (event) { event.preventDefault(); });
    input.addEventListener("blur", close);
    input.addEventListener("focus", function () { if (options.length && input.value.trim().length >= 2) open(); });
  }

  function initAll() {
    document.querySelectorAll("[data-search-combobox]").forEach(init);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", initAll);
  } else {
    initAll();
  }
})();
