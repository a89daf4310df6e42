import { useQuery } from '@tanstack/react-query';

export const TOUR_URL = 'data/tour.json';

/** The optional guided tour; a missing file (404) is not an error: the default tour applies. */
export async function fetchTour(signal?: AbortSignal): Promise<unknown> {
  const response = await fetch(TOUR_URL, { signal, credentials: 'same-origin' });
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`${TOUR_URL}: HTTP ${response.status}`);
  return response.json();
}

export function useTourFile(enabled: boolean) {
  return useQuery({
    queryKey: ['tour'],
    queryFn: ({ signal }) => fetchTour(signal),
    enabled,
    retry: false,
  });
}
