import { RouterProvider } from '@tanstack/react-router'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { registerServiceWorker } from './components/offline/register.ts'
import { createAppRouter } from './router.tsx'
import './styles.css'

const router = createAppRouter()
registerServiceWorker()

// Load the route's data first, so the first client render paints the same page the prerendered
// HTML shows (no flash of an empty or loading view) before React takes over the DOM.
router.load().finally(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  )
})
