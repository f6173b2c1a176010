import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { frontEndTests } from '../../vite.shared.ts'

export default defineConfig({
  plugins: [react()],
  test: frontEndTests('ui'),
})
