// The .ics file of one training behind its unguessable token (the event's calendarToken).
import { trainingIcs } from '../../services/training/calendar.js';
import type { TrainingService } from '../../services/training/training-service.js';

export function trainingCalendar(trainings: TrainingService) {
  return async (token: string): Promise<string | undefined> => {
    const event = await trainings.eventByCalendarToken(token);
    return event ? trainingIcs(event) : undefined;
  };
}
