interface Me {
  id: string;
  name: string;
  scope: string;
}

/** Shows who is signed in and preselects them in the switcher, which posts to /sign-in and comes back here. */
export async function showSession(signedInAs: HTMLElement, switcher: HTMLFormElement): Promise<void> {
  const next = switcher.elements.namedItem('next') as HTMLInputElement;
  next.value = location.pathname;
  const response = await fetch('/v1/me', { credentials: 'same-origin' });
  if (!response.ok) {
    signedInAs.textContent = 'Not signed in';
    return;
  }
  const me = (await response.json()) as Me;
  signedInAs.textContent = `Signed in as ${me.name} (read scope: ${me.scope})`;
  (switcher.elements.namedItem('user') as HTMLSelectElement).value = me.id;
}
