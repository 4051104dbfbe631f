import type { MediaDataset } from '@/features/media/schema';

type Channel = MediaDataset['channels'][number];

/** Channels whose figures count plays of videos, apart from those that count people (members, followers, or not said). */
export function splitChannels(channels: readonly Channel[]): { people: Channel[]; views: Channel[] } {
  return { people: channels.filter((c) => c.measure !== 'views'), views: channels.filter((c) => c.measure === 'views') };
}
