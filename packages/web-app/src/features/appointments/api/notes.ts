import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type {
  AppointmentNote,
  AppointmentNoteList,
  CreateNoteAddendumBody,
  NoteAddendum,
} from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'

export const notesKey = (appointmentId: string) => ['appointments', 'notes', appointmentId] as const

const notesPath = (appointmentId: string) =>
  `/api/v1/appointments/${encodeURIComponent(appointmentId)}/notes`

/**
 * The notes this reader may see: the server sends a patient shared ones only and the
 * psychologist their private ones too (each private read is audited there).
 */
export function useNotes(appointmentId: string) {
  return useQuery({
    queryKey: notesKey(appointmentId),
    queryFn: async () => (await apiFetch<AppointmentNoteList>(notesPath(appointmentId))).items,
  })
}

export function useCreateNote(appointmentId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: { content: string; isPrivate: boolean }) =>
      apiFetch<AppointmentNote>(notesPath(appointmentId), { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notesKey(appointmentId) }),
  })
}

/** POST an addendum under one of my notes; the note itself is never rewritten. */
export function useAddNoteAddendum(appointmentId: string, noteId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: CreateNoteAddendumBody) =>
      apiFetch<NoteAddendum>(`${notesPath(appointmentId)}/${encodeURIComponent(noteId)}/addenda`, {
        method: 'POST',
        body,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notesKey(appointmentId) }),
  })
}
