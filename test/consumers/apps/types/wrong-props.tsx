// Every line marked `wrong:` must be a type error; nothing else may be. A host misspelling a prop, or
// reading a field an event's detail does not have, finds out from the compiler, not in production.
import { MemoryAdapter } from '@harmony/share-components';
import { HarmonyShareDialog } from '@harmony/share-components/react';
import type {} from '@harmony/share-components/types/react';
import '@harmony/share-components/define';

const adapter = new MemoryAdapter();

export const wrapperMisspelled = <HarmonyShareDialog conversationId="x" adaptr={adapter} />; // wrong: prop name
export const wrapperNotAnAdapter = <HarmonyShareDialog adapter="[object Object]" />; // wrong: prop type
export const wrapperDetail = <HarmonyShareDialog onHarmonyLinkCreated={(event) => event.detail.linkk} />; // wrong: detail field
export const plainMisspelled = <harmony-share-dialog adaptr={adapter} />; // wrong: prop name
export const plainNumber = <harmony-share-dialog poll-interval="soon" />; // wrong: attribute type
export const plainDetail = <harmony-share-dialog onharmony-link-created={(event) => event.detail.url} />; // wrong: detail field
export const fine = <harmony-share-dialog conversation-id="x" adapter={adapter} poll-interval={1000} />;
// The define entry types every tag, <harmony-menu-item> too (registered when its menu's code arrives).
export const itemDisabled: boolean = document.createElement('harmony-menu-item').disabled;
export const itemMisspelled = document.createElement('harmony-menu-item').disabeld; // wrong: property name
