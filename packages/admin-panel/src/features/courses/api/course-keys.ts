/** The courses feature's query keys: every list and detail lives under one root. */
export const COURSES_KEY = ['admin', 'courses'] as const
export const COURSE_LIST_KEY = [...COURSES_KEY, 'list'] as const

export const courseKey = (courseId: string) => [...COURSES_KEY, 'detail', courseId] as const
export const figuresKey = (courseId: string) => [...COURSES_KEY, 'figures', courseId] as const
