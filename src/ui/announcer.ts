// The live region: screen readers hear each new line and each set of options, once.

let region: HTMLElement | null = null;

export function mountAnnouncer(parent: HTMLElement): void {
  region = document.createElement('div');
  region.id = 'announcer';
  region.className = 'visually-hidden';
  region.setAttribute('aria-live', 'polite');
  region.setAttribute('aria-atomic', 'true');
  parent.append(region);
}

export function announce(text: string): void {
  if (!region) return;
  // Clearing first makes a repeated message ("Choose what to do") announced again.
  region.textContent = '';
  const target = region;
  setTimeout(() => {
    target.textContent = text;
  }, 30);
}
