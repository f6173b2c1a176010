import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { devServer, distBuild, singleCopyResolve } from '../../vite.shared.ts'

export default defineConfig({
  base: '/admin/',
  plugins: [react(), tailwindcss()],
  resolve: singleCopyResolve,
  server: devServer(5174),
  build: distBuild,
})
