// Registers every Harmony element (<harmony-menu-item> with the menu's code, when it arrives). The only entry (with the per-element define files) that has side effects.
import './components/share-dialog/define.js';
import './components/overflow-menu/define.js';
import './components/companion-launcher/define.js';
