// What the app uses of TanStack Router, for the browser entry to load (and run) in a task of its
// own before the app: a dynamic import of the package itself would keep every export it has.
export { Link, Outlet, RouterProvider, createMemoryHistory, createRootRoute, createRoute, createRouter, getRouteApi, notFound, stringifySearchWith, useLocation, useNavigate } from '@tanstack/react-router'
