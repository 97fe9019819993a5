/**
 * Pagefind's filter dropdowns are buttons with role="combobox", whose accessible name cannot
 * come from their text; screen readers announce them unnamed. This names each one after its
 * visible label, and keeps doing so as the Component UI re-renders.
 */
export function labelComboboxes(root: HTMLElement): void {
	const apply = () => {
		for (const trigger of root.querySelectorAll<HTMLElement>('.pf-dropdown-trigger[role="combobox"]')) {
			const label = trigger.querySelector('.pf-dropdown-trigger-label')?.textContent?.trim();
			if (label && trigger.getAttribute('aria-label') !== `Filter by ${label}`) trigger.setAttribute('aria-label', `Filter by ${label}`);
		}
	};
	new MutationObserver(apply).observe(root, { childList: true, subtree: true });
	apply();
}
