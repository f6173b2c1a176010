import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { i18n } from '@yektayar/ui'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, initTestI18n, problem } from '../testing/test-support.tsx'
import { PhotoEditor } from './photo-editor.tsx'

// The DOM here has no image decoder or canvas: the crop's drawing is the browser's part (the
// e2e journey runs it in Chromium); its geometry is crop-math.test.ts.
vi.mock('./crop-canvas.ts', () => ({
  loadImage: async () => ({ src: 'blob:picture', naturalWidth: 800, naturalHeight: 600 }),
  cropToBlob: async () => new Blob(['cropped'], { type: 'image/jpeg' }),
}))

initTestI18n({ fa: {}, en: {} })

const FILE_ID = '0b8f6d3e-8c1a-4f7e-9a55-3d2c1b0a9e87'
const URL_OF = '/api/v1/files/public/0b8f6d3e-8c1a-4f7e-9a55-3d2c1b0a9e87/0123456789abcdef.webp'

interface Sent {
  url: string
  fields: [string, FormDataEntryValue][]
}

/** XMLHttpRequest (uploads use it for progress): records the form, reports half then all. */
function fakeUploads(reply: { status: number; body: unknown }) {
  const sent: Sent[] = []
  class FakeXhr {
    status = 0
    responseText = ''
    upload: { onprogress: ((event: ProgressEvent) => void) | null } = { onprogress: null }
    onload: (() => void) | null = null
    onerror: (() => void) | null = null
    onabort: (() => void) | null = null
    withCredentials = false
    private url = ''
    open(_method: string, url: string) {
      this.url = url
    }
    setRequestHeader() {}
    abort() {}
    send(form: FormData) {
      sent.push({ url: this.url, fields: [...form.entries()] })
      const progress = (loaded: number) =>
        this.upload.onprogress?.({ lengthComputable: true, loaded, total: 100 } as ProgressEvent)
      progress(50)
      setTimeout(() => {
        progress(100)
        this.status = reply.status
        this.responseText = JSON.stringify(reply.body)
        this.onload?.()
      }, 30)
    }
  }
  vi.stubGlobal('XMLHttpRequest', FakeXhr)
  return sent
}

const picture = () => new File(['x'], 'me.png', { type: 'image/png' })

async function chooseAndSave(user: ReturnType<typeof userEvent.setup>) {
  await user.upload(screen.getByLabelText('Choose a photo'), picture())
  await user.click(await screen.findByRole('button', { name: 'Save photo' }))
}

describe('photo editor', () => {
  beforeEach(() => i18n.changeLanguage('en'))
  afterEach(() => vi.unstubAllGlobals())

  it('uploads the crop as purpose first, shows progress, puts it to use and shows it', async () => {
    const sent = fakeUploads({ status: 201, body: { id: FILE_ID, status: 'ready' } })
    const api = fakeApi({
      'PUT /api/v1/professionals/me/photo': [{ status: 200, body: { url: URL_OF } }],
    })
    const onChanged = vi.fn()
    const user = userEvent.setup()
    render(
      <PhotoEditor purpose="psychologist_photo" url={null} name="Amir" onChanged={onChanged} />,
    )
    await chooseAndSave(user)
    const bar = await screen.findByRole('progressbar', { name: 'Uploading…' })
    expect((bar as HTMLProgressElement).value).toBe(50)
    expect((await screen.findByRole('status')).textContent).toBe('Photo saved.')
    expect(sent).toHaveLength(1)
    expect(sent[0]?.url).toBe('/api/v1/files')
    expect(sent[0]?.fields.map(([name]) => name)).toEqual(['purpose', 'file'])
    expect(sent[0]?.fields[0]?.[1]).toBe('psychologist_photo')
    expect(api.bodiesSentTo('PUT /api/v1/professionals/me/photo')).toEqual([{ fileId: FILE_ID }])
    expect(onChanged).toHaveBeenCalledWith(URL_OF)
    const shown = screen.getByRole('img', { name: 'Photo of Amir' })
    expect(shown.getAttribute('src')).toBe(URL_OF.replace(/\.webp$/, '.jpg'))
    expect(shown.closest('picture')?.querySelector('source')?.getAttribute('srcset')).toBe(URL_OF)
    expect(shown.getAttribute('width')).toBe('96')
    // A psychologist's photo is replaced, not removed (the directory wants one).
    expect(screen.queryByRole('button', { name: 'Remove photo' })).toBeNull()
  })

  it('says why the server refused the file, in the reader’s language', async () => {
    fakeUploads(problem(413, 'FILE_TOO_LARGE') as { status: number; body: unknown })
    fakeApi({})
    const onChanged = vi.fn()
    const user = userEvent.setup()
    await i18n.changeLanguage('fa')
    render(<PhotoEditor purpose="avatar" url={null} name="س" onChanged={onChanged} />)
    await user.upload(screen.getByLabelText('انتخاب عکس'), picture())
    await user.click(await screen.findByRole('button', { name: 'ذخیرهٔ عکس' }))
    expect((await screen.findByRole('alert')).textContent).toBe(
      'حجم یا ابعاد این فایل بیش از حد مجاز است.',
    )
    expect(onChanged).not.toHaveBeenCalled()
  })

  it('removes an avatar', async () => {
    const api = fakeApi({ 'DELETE /api/v1/users/me/avatar': [{ status: 204 }] })
    const onChanged = vi.fn()
    const user = userEvent.setup()
    render(<PhotoEditor purpose="avatar" url={URL_OF} name="Sara" onChanged={onChanged} />)
    await user.click(screen.getByRole('button', { name: 'Remove photo' }))
    await waitFor(() => expect(onChanged).toHaveBeenCalledWith(null))
    expect(api.calls().map((call) => call.key)).toEqual(['DELETE /api/v1/users/me/avatar'])
    expect(screen.queryByRole('img', { name: 'Photo of Sara' })).toBeNull()
    expect(screen.getByLabelText('Choose a photo').getAttribute('type')).toBe('file')
  })

  it('goes back without uploading when the crop is cancelled', async () => {
    const sent = fakeUploads({ status: 201, body: { id: FILE_ID } })
    const user = userEvent.setup()
    render(<PhotoEditor purpose="avatar" url={null} name="Sara" onChanged={vi.fn()} />)
    await user.upload(screen.getByLabelText('Choose a photo'), picture())
    expect((screen.getByRole('slider', { name: 'Zoom' }) as HTMLInputElement).value).toBe('1')
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(sent).toEqual([])
    expect(screen.getByLabelText('Choose a photo').getAttribute('type')).toBe('file')
  })
})
