import { buttonClasses, EmptyState, useTranslation } from '@yektayar/ui'
import { Link } from 'react-router'

/** Beside the list from `md` up, until a conversation is open (a phone shows the list instead). */
export function ChooseConversation() {
  const { t } = useTranslation()
  return (
    <div className="flex flex-1 items-center justify-center p-6">
      <EmptyState
        title={t('messaging.list.chooseTitle')}
        description={t('messaging.list.chooseBody')}
        action={
          <Link to="/messages/new" className={buttonClasses({ variant: 'secondary' })}>
            {t('messaging.list.newConversation')}
          </Link>
        }
      />
    </div>
  )
}
