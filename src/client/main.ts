// Progressive enhancement only: every page works without this script. It moves the keyboard
// focus to the summary of form errors after a failed submission, so screen readers announce it.
const summary = document.querySelector<HTMLElement>('[data-focus-on-load]');
summary?.focus();
