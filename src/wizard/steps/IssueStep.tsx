/**
 * Step 2: what is wrong. As the person types, the matcher suggests topics (debounced), each
 * with the words that matched; they pick one, choose the topic themselves from the full list, or
 * "None of these". Files can be attached under the description.
 */
import { useEffect, useMemo } from 'preact/hooks';
import { findTopic } from '../../domain/catalogue.ts';
import type { TopicMatch } from '../../domain/matcher.ts';
import { NO_TOPIC, TICKET_FIELDS } from '../../domain/ticket-fields.ts';
import { offeredTopics } from '../decide.ts';
import { loadAttachments, loadMatcher, loadSla, useModule } from '../lazy.ts';
import type { StepViewProps } from '../step-props.ts';
import { Radios } from '../ui/Radios.tsx';
import { TextField } from '../ui/TextField.tsx';
import { TopicChooser } from '../ui/TopicChooser.tsx';

/** Wait this long after the last key press before matching again. */
const DEBOUNCE_MS = 300;

/** The radio that opens the full list of topics. */
const CHOOSE = 'choose';

function matchedWords(match: TopicMatch): string {
  return match.matched.length === 0
    ? 'The topic of the page you came from.'
    : `Matches: ${match.matched.map((words) => `“${words}”`).join(', ')}`;
}

export function IssueStep({ data, state, update, errorOf, suggest }: StepViewProps) {
  const { answers, suggestions } = state;
  const matcher = useModule(loadMatcher);
  const attachments = useModule(loadAttachments);
  // The verdict step needs the SLA clock next: fetch it while the person types.
  useEffect(() => void loadSla().catch(() => undefined), []);
  const index = useMemo(
    () =>
      matcher?.fromMatcherJson(
        matcher.index,
        data.catalogue.topics.map((topic) => topic.id),
      ),
    [matcher, data],
  );
  useEffect(() => {
    if (!matcher || !index) return;
    const timer = setTimeout(() => {
      suggest(matcher.matchTopics(index, `${answers.summary}\n${answers.description}`));
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [index, answers.summary, answers.description]);

  const offered = offeredTopics(suggestions, answers.choosingTopic ? undefined : answers.topic);
  const status =
    suggestions.length > 0
      ? `${suggestions.length} ${suggestions.length === 1 ? 'topic matches' : 'topics match'} what you wrote.`
      : answers.summary.trim() || answers.description.trim()
        ? 'No topic matches what you wrote yet.'
        : '';
  const chosen = answers.choosingTopic
    ? CHOOSE
    : answers.topic === null
      ? NO_TOPIC
      : (answers.topic ?? undefined);
  return (
    <>
      <h1 id="step-heading" tabIndex={-1}>
        What is wrong?
      </h1>
      <TextField
        field="summary"
        value={answers.summary}
        onInput={(summary) => update({ summary })}
        error={errorOf('summary')}
      />
      <TextField
        field="description"
        value={answers.description}
        onInput={(description) => update({ description })}
        error={errorOf('description')}
      />
      {attachments && (
        <attachments.AttachmentsField
          files={answers.attachments}
          onChange={(files) => update({ attachments: files })}
        />
      )}
      <p role="status" class="meta">
        {status}
      </p>
      <Radios
        field="topic"
        legend={TICKET_FIELDS.topic.question}
        hint={
          offered.length > 0
            ? 'Suggested from the words you used.'
            : 'Choose the topic yourself, or None of these.'
        }
        value={chosen}
        onChange={(choice) =>
          update(
            choice === CHOOSE
              ? { choosingTopic: true, topic: undefined }
              : { choosingTopic: false, topic: choice === NO_TOPIC ? null : choice },
          )
        }
        error={errorOf('topic')}
        options={[
          ...offered.map((match) => ({
            value: match.topic,
            label: findTopic(data.catalogue, match.topic)?.title ?? match.topic,
            hint: matchedWords(match),
          })),
          {
            value: CHOOSE,
            label: 'Choose the topic yourself',
            hint: 'From the full list of topics, by category.',
            conditional: (
              <TopicChooser
                catalogue={data.catalogue}
                value={answers.topic}
                onChange={(topic) => update({ topic })}
                error={errorOf('topicChoice')}
              />
            ),
          },
          { value: NO_TOPIC, label: 'None of these', dividerBefore: true },
        ]}
      />
    </>
  );
}
