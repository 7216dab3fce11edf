// kitapsha studio: a little help for the forms. Everything works without it but moving,
// adding and removing sections and the Markdown buttons.
"use strict";

const form = document.getElementById("campaign-form");

// Section fields are named by their place (`section.2.kk.title`): after a move, an addition or
// a removal they are named again in the order they stand.
function renumber() {
  let sections = 0;
  let quotes = 0;
  form.querySelectorAll("fieldset.section, fieldset.quote").forEach((block) => {
    if (block.matches(".quote")) {
      block.querySelector("[data-after]").value = sections;
      block.querySelectorAll("[data-key]").forEach((field) => {
        field.name = "quote." + quotes + "." + field.dataset.key;
      });
      quotes += 1;
      return;
    }
    block.querySelectorAll("[data-key]").forEach((field) => {
      field.name = "section." + sections + "." + field.dataset.key;
    });
    sections += 1;
  });
}

// The next section up or down, past the quotes between: sections change places, quotes stay.
function neighbour(section, step) {
  let next = step < 0 ? section.previousElementSibling : section.nextElementSibling;
  while (next && next.matches("fieldset.quote")) {
    next = step < 0 ? next.previousElementSibling : next.nextElementSibling;
  }
  return next && next.matches("fieldset[data-section]") ? next : null;
}

function swap(one, other) {
  const mark = document.createComment("");
  one.replaceWith(mark);
  other.replaceWith(one);
  mark.replaceWith(other);
}

function wrap(textarea, before, after, placeholder) {
  const start = textarea.selectionStart;
  const end = textarea.selectionEnd;
  const chosen = textarea.value.slice(start, end) || placeholder;
  textarea.setRangeText(before + chosen + after, start, end, "select");
  textarea.focus();
}

function markdown(button) {
  const textarea = button.closest(".text").querySelector("textarea");
  const kind = button.dataset.md;
  if (kind === "bold") wrap(textarea, "**", "**", "…");
  if (kind === "italic") wrap(textarea, "*", "*", "…");
  if (kind === "list") {
    const start = textarea.value.lastIndexOf("\n", textarea.selectionStart - 1) + 1;
    textarea.setRangeText("- ", start, start, "end");
    textarea.focus();
  }
  if (kind === "link") {
    const address = window.prompt(button.dataset.prompt, "https://");
    if (address) wrap(textarea, "[", "](" + address + ")", "…");
  }
}

if (form) {
  form.addEventListener("click", (event) => {
    const button = event.target.closest("button");
    if (!button) return;
    if (button.dataset.md) { markdown(button); return; }
    const section = button.closest("fieldset[data-section]");
    if (button.dataset.action === "up" || button.dataset.action === "down") {
      const other = neighbour(section, button.dataset.action === "up" ? -1 : 1);
      if (!other) return;
      swap(section, other);
    } else if (button.dataset.action === "remove") {
      button.closest("fieldset.section, fieldset.quote").remove();
    } else if (button.id === "add-section" || button.id === "add-quote") {
      const blocks = form.querySelectorAll("fieldset.cover, fieldset.section, fieldset.quote");
      const kind = button.id === "add-section" ? "new-section" : "new-quote";
      const fresh = document.getElementById(kind).content.firstElementChild.cloneNode(true);
      const after = blocks[blocks.length - 1];
      after.after(fresh);
      fresh.querySelector("input[type=text], textarea").focus();
    } else {
      return;
    }
    renumber();
  });
  form.addEventListener("submit", renumber);
}

// Access: a user is removed only after a second thought. Without scripts the form posts at once.
document.addEventListener("submit", (event) => {
  const question = event.target.dataset && event.target.dataset.confirm;
  if (question && !window.confirm(question)) event.preventDefault();
});
// The survey's sorting page: choosing another column shows its answers at once, and "Save" waits
// until every answer is sorted (the server refuses an unsorted one either way).
const sortForm = document.getElementById("sort-form");
if (sortForm) {
  const column = document.getElementById("column");
  const showAnswers = document.getElementById("show-answers");
  column.addEventListener("change", () => sortForm.requestSubmit(showAnswers));
  const save = document.getElementById("save-sorting");
  const left = document.getElementById("left-unsorted");
  const rows = sortForm.querySelectorAll("tr.answer");
  const update = () => {
    let unsorted = 0;
    rows.forEach((row) => {
      const sorted = row.querySelector("input[type=radio]:checked") !== null;
      if (sorted) {
        row.classList.remove("unsorted");
      }
      unsorted += sorted ? 0 : 1;
    });
    if (save) {
      save.disabled = unsorted > 0;
      left.hidden = unsorted === 0;
    }
  };
  sortForm.addEventListener("change", update);
  update();
}

// studio: editor — pictures. A picture chosen or dropped is sent at once with the form (the
// "Put the picture in the booklet" button does the same without JavaScript).
function sendPicture(box) {
  form.requestSubmit(box.querySelector("[data-upload]"));
}

if (form) {
  form.addEventListener("change", (event) => {
    const input = event.target;
    if (input.matches(".picture-drop input[type=file]") && input.files.length > 0) {
      sendPicture(input.closest(".picture-drop"));
    }
  });
  form.addEventListener("dragover", (event) => {
    const box = event.target.closest("[data-drop]");
    if (!box) return;
    event.preventDefault();
    box.classList.add("dropping");
  });
  form.addEventListener("dragleave", (event) => {
    const box = event.target.closest("[data-drop]");
    if (box) box.classList.remove("dropping");
  });
  form.addEventListener("drop", (event) => {
    const box = event.target.closest("[data-drop]");
    if (!box || event.dataTransfer.files.length === 0) return;
    event.preventDefault();
    box.classList.remove("dropping");
    box.querySelector("input[type=file]").files = event.dataTransfer.files;
    sendPicture(box);
  });
}
