// Registers every Harmony element. The only entry (with the per-element define files) that has side effects.
import './components/share-dialog/define.js';
import './components/menu-item/define.js';
import './components/overflow-menu/define.js';
import './components/companion-launcher/define.js';
