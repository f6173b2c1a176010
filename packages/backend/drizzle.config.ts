import { defineConfig } from 'drizzle-kit'

// Used only to draft SQL from the schema; migrations are committed as plain SQL files.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema/index.ts',
  out: './drizzle-draft',
})
