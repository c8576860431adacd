// Whether the screen is a phone's (≤ 768 px, as app.css and the layout say), kept up to date.
import { ref } from 'vue';

const PHONE = window.matchMedia('(max-width: 768px)');

export const phone = ref(PHONE.matches);
PHONE.addEventListener('change', (e) => {
  phone.value = e.matches;
});

/** Columns of an el-descriptions: one on a phone, `wide` otherwise. */
export const columns = (wide = 2) => (phone.value ? 1 : wide);
