import 'ol/ol.css';
import './app/app.css';
import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { App } from './app/app';
import { Loading } from './components/query-state';
import { reportQueryError, reportQuerySuccess, startOfflineSupport } from './offline/offline-support';

// `offlineFirst`: a query runs even when the browser says it is offline, so the service worker can answer
// it from its cache (the default would pause it until the network is back).
const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: reportQueryError, onSuccess: reportQuerySuccess }),
  defaultOptions: { queries: { refetchOnWindowFocus: false, networkMode: 'offlineFirst' } },
});
startOfflineSupport();

// The investor screen, and the staff area (工作台) as its own lazily loaded chunk.
const StaffApp = lazy(() => import('./features/staff/staff-app'));
// The service-hall screen (/hall) and the printable parcel sheet, each a chunk of its own too.
const HallApp = lazy(() => import('./features/hall/hall-app'));
const SheetPage = lazy(() => import('./features/sheet/sheet-page'));
// Commitment letters, their wizard and enterprises (issue #5): one chunk for /commitments/… and /enterprises/….
const CommitmentsApp = lazy(() => import('./features/commitments/commitments-app'));
// Agency cases (issue #6): the enterprise's cases, the new-case form and the case page its QR code opens.
const CasesApp = lazy(() => import('./features/cases/cases-app'));
// The policy library (issue #8): public, its own chunk.
const PoliciesPage = lazy(() => import('./features/policies/policies-page'));
const router = createBrowserRouter([
  {
    path: '/staff/*',
    element: (
      <Suspense fallback={<Loading />}>
        <StaffApp />
      </Suspense>
    ),
  },
  {
    path: '/hall',
    element: (
      <Suspense fallback={<Loading />}>
        <HallApp />
      </Suspense>
    ),
  },
  {
    path: '/parcels/:code/sheet',
    element: (
      <Suspense fallback={<Loading />}>
        <SheetPage />
      </Suspense>
    ),
  },
  ...['/commitments/*', '/enterprises/:uscc'].map((path) => ({
    path,
    element: (
      <Suspense fallback={<Loading />}>
        <CommitmentsApp />
      </Suspense>
    ),
  })),
  {
    path: '/cases/*',
    element: (
      <Suspense fallback={<Loading />}>
        <CasesApp />
      </Suspense>
    ),
  },
  ...['/policies', '/policies/:id'].map((path) => ({
    path,
    element: (
      <Suspense fallback={<Loading />}>
        <PoliciesPage />
      </Suspense>
    ),
  })),
  { path: '*', element: <App /> },
]);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
