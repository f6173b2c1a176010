import { useTranslation } from '@yektayar/ui'

/** A known action in words ("Clinical note read"), an unknown one as its code. */
export function useActionLabel(): (action: string) => string {
  const { t } = useTranslation()
  return (action) => t(`auditLog.actions.${action.replaceAll('.', '_')}`, { defaultValue: action })
}
