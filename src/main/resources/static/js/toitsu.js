// Progressive enhancement only: every page works without JavaScript.
document.addEventListener("DOMContentLoaded", () => {
  document.documentElement.classList.add("js");
  // Selecting a fiscal year submits its form (the submit button is shown without JavaScript).
  document.querySelectorAll("select.auto-submit").forEach((select) =>
    select.addEventListener("change", () => select.form.requestSubmit()));
  // htmx requests carry the CSRF token of the page.
  const token = document.querySelector("meta[name=_csrf]");
  const header = document.querySelector("meta[name=_csrf_header]");
  if (token && header) {
    document.body.addEventListener("htmx:configRequest", (event) => {
      event.detail.headers[header.content] = token.content;
    });
  }
  // Confirmation before destructive actions.
  document.querySelectorAll("form[data-confirm]").forEach((form) =>
    form.addEventListener("submit", (event) => {
      if (!window.confirm(form.dataset.confirm)) event.preventDefault();
    }));
});
