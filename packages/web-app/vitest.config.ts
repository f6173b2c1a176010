import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { frontEndTests, singleCopyResolve } from '../../vite.shared.ts'

export default defineConfig({
  plugins: [react()],
  resolve: singleCopyResolve,
  test: {
    ...frontEndTests('web-app'),
    // The build's own plugins (tools/) are tested beside the app.
    include: [...frontEndTests('web-app').include, 'tools/**/*.test.ts'],
  },
})
