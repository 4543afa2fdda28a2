/**
 * Step 2: what is wrong. As the person types, the matcher suggests topics (debounced), each
 * with the words that matched; they pick one or "None of these".
 */
import { useEffect } from 'preact/hooks';
import { findTopic } from '../../domain/catalogue.ts';
import type { TopicMatch } from '../../domain/matcher.ts';
import { loadMatcher, loadSla, useModule } from '../lazy.ts';
import { Radios } from '../ui/Radios.tsx';
import type { StepProps } from '../step-props.ts';
import { TextField } from '../ui/TextField.tsx';

/** Wait this long after the last key press before matching again. */
const DEBOUNCE_MS = 300;
export const NONE = 'none';

interface Props extends StepProps {
  suggestions: TopicMatch[];
  onSuggestions: (suggestions: TopicMatch[]) => void;
}

/** The topics to offer: the suggestions, and the one already chosen (e.g. from `?topic=`) first when it is not among them. */
export function offeredTopics(suggestions: TopicMatch[], chosen: string | null | undefined): TopicMatch[] {
  if (!chosen || suggestions.some((s) => s.topic === chosen)) return suggestions;
  return [{ topic: chosen, score: 0, matched: [] }, ...suggestions];
}

function matchedWords(match: TopicMatch): string {
  return match.matched.length === 0
    ? 'The topic of the page you came from.'
    : `Matches: ${match.matched.map((words) => `“${words}”`).join(', ')}`;
}

export function IssueStep({ data, answers, update, errorOf, suggestions, onSuggestions }: Props) {
  const matcher = useModule(loadMatcher);
  // The verdict step needs the SLA clock next: fetch it while the person types.
  useEffect(() => void loadSla().catch(() => undefined), []);
  useEffect(() => {
    if (!matcher) return;
    const timer = setTimeout(() => {
      onSuggestions(matcher.matchTopics(data.matcher, `${answers.summary}\n${answers.description}`));
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [matcher, answers.summary, answers.description]);

  const offered = offeredTopics(suggestions, answers.topic);
  const status =
    suggestions.length > 0
      ? `${suggestions.length} ${suggestions.length === 1 ? 'topic matches' : 'topics match'} what you wrote.`
      : answers.summary.trim() || answers.description.trim()
        ? 'No topic matches what you wrote yet.'
        : '';
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
        hint="One line, for example: Release not received for yesterday's import"
      />
      <TextField
        field="description"
        multiline
        value={answers.description}
        onInput={(description) => update({ description })}
        error={errorOf('description')}
        hint="What happened, what you expected, and since when. Do not include passwords."
      />
      <p role="status" class="meta">
        {status}
      </p>
      {offered.length > 0 && (
        <Radios
          field="topic"
          legend="Which topic is closest to your problem?"
          hint="Suggested from the words you used."
          value={answers.topic === null ? NONE : (answers.topic ?? undefined)}
          onChange={(topic) => update({ topic: topic === NONE ? null : topic })}
          error={errorOf('topic')}
          options={[
            ...offered.map((match) => ({
              value: match.topic,
              label: findTopic(data.catalogue, match.topic)?.title ?? match.topic,
              hint: matchedWords(match),
            })),
            { value: NONE, label: 'None of these', dividerBefore: true },
          ]}
        />
      )}
    </>
  );
}
