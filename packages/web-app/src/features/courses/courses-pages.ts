// The courses pages as one chunk: the catalogue, a course and its lessons are visited
// together, and every chunk a route names costs the first screen its file name (the budget).
export { CataloguePage } from './components/catalogue-page.tsx'
export { CoursePage } from './components/course-page.tsx'
export { LessonPage } from './components/lesson-page.tsx'
