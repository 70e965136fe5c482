// The review app's only script.  The pages work without it; it makes the kind filter apply as
// soon as a box is ticked and lets Escape close a removed piece's explanation.
"use strict";

function setUpKindFilter(form) {
  const boxes = Array.from(form.querySelectorAll('input[name="kind"]'));
  const pieces = Array.from(document.querySelectorAll(".piece[data-kind]"));
  const status = document.getElementById("shown-status");
  const apply = () => {
    const shown = new Set(boxes.filter((b) => b.checked).map((b) => b.value));
    let visible = 0;
    for (const piece of pieces) {
      piece.hidden = !shown.has(piece.dataset.kind);
      if (!piece.hidden) visible += 1;
    }
    if (status) status.textContent = `${visible} of ${pieces.length} pieces shown`;
    // keep the choice in the address, so that a reload or a shared link shows the same
    const url = new URL(window.location.href);
    url.search = "";
    if (shown.size !== boxes.length) {
      url.searchParams.set("filter", "1");
      for (const kind of shown) url.searchParams.append("kind", kind);
    }
    window.history.replaceState(null, "", url);
  };
  const setAll = (pick) => {
    for (const box of boxes) box.checked = pick(box.value);
    apply();
  };
  for (const box of boxes) box.addEventListener("change", apply);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    apply();
  });
  form.querySelector(".apply").hidden = true;
  const removedOnly = form.querySelector(".only-removed");
  const showAll = form.querySelector(".show-all");
  removedOnly.hidden = false;
  showAll.hidden = false;
  removedOnly.addEventListener("click", () => setAll((kind) => kind !== "kept"));
  showAll.addEventListener("click", () => setAll(() => true));
  apply();
}

document.addEventListener("DOMContentLoaded", () => {
  const form = document.querySelector("form[data-live-filter]");
  if (form) setUpKindFilter(form);
  document.addEventListener("keydown", (event) => {
    const piece = document.activeElement;
    if (event.key === "Escape" && piece && piece.classList.contains("piece")) piece.classList.add("quiet");
  });
  document.addEventListener("focusout", (event) => {
    if (event.target.classList && event.target.classList.contains("piece")) event.target.classList.remove("quiet");
  });
});
