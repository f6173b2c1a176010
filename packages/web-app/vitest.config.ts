import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [react()],
  resolve: {
    // Same single-copy rule as vite.config.ts, so tests run against what ships.
    dedupe: ['react', 'react-dom', 'i18next', 'react-i18next'],
  },
  test: {
    name: 'web-app',
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/test-setup.ts'],
  },
})
