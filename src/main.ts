import { mount } from 'svelte';
import App from './App.svelte';
import { hasWebGL2Api } from './lib/map/webgl';
import { startMapWorker } from './lib/map/worker';
import { loadNativeFonts } from './lib/ui/names/native-fonts';
import 'virtual:theme.css';
import './fonts.css';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html: no element with id "app" to mount the corridor map into');

// The map's worker starts loading now, while the page is built around the map.
if (hasWebGL2Api()) startMapWorker();
// And the native names' fonts, which the browser would ask for only once the map is drawn.
void loadNativeFonts();

export default mount(App, { target });
