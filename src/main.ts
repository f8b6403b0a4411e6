import { mount } from 'svelte';
import App from './App.svelte';
import './fonts.css';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html: no element with id "app" to mount the corridor map into');

export default mount(App, { target });
