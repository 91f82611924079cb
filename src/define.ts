// Registers every Harmony element. The only entry (with the per-element define files) that has side effects.
import './components/share-dialog/define.js';
