const STATUS_TEXT: Record<string, string> = {
  '': 'The report endpoint answers normally.',
  '501': 'The report endpoint now fails with 501.',
  '503': 'The report endpoint now fails with 503.',
};

/** Wires the Developer panel's switch to the reference server's POST /dev/report-failure. */
export async function setUpReportFailureSwitch(form: HTMLFormElement, output: HTMLElement): Promise<void> {
  const radios = [...form.querySelectorAll<HTMLInputElement>('input[name="status"]')];
  const select = (value: string) => radios.forEach((radio) => (radio.checked = radio.value === value));

  const current = await fetch('/dev/report-failure').then((response) => response.json());
  select(String(current.status ?? ''));

  form.addEventListener('change', async () => {
    const value = radios.find((radio) => radio.checked)?.value ?? '';
    const response = await fetch('/dev/report-failure', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ status: value === '' ? null : Number(value) }),
    });
    output.textContent = response.ok ? STATUS_TEXT[value]! : 'The switch could not be changed.';
  });
}

/** The Developer panel's button for POST /dev/expire-links: the signed-in user's timed links expire now. */
export function setUpExpireLinksButton(button: HTMLButtonElement, output: HTMLElement): void {
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      const response = await fetch('/dev/expire-links', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
      });
      const { expired } = response.ok ? ((await response.json()) as { expired: number }) : { expired: -1 };
      output.textContent =
        expired < 0
          ? 'The links could not be changed.'
          : expired === 0
            ? 'None of your live links was made to expire.'
            : `${expired} ${expired === 1 ? 'link has' : 'links have'} expired.`;
    } catch {
      output.textContent = 'The server could not be reached.';
    } finally {
      button.disabled = false;
    }
  });
}
