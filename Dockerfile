# The OpenEnv server (`cadforge serve`) for a Hugging Face Space or any Docker host.
# Not built in CI here: the tests run the same server from the checkout.
FROM node:20-bookworm-slim

WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci && npm cache clean --force
COPY bin ./bin
COPY src ./src
COPY tasks ./tasks

# The image's own user (uid 1000, as Spaces run it); nothing is fetched at run time: the kernel's and
# manifold's WASM come from node_modules.
USER node
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:8000/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
# Inside the container the server must listen on every interface; the host decides what reaches it.
CMD ["node", "bin/cadforge.mjs", "serve", "--host", "0.0.0.0", "--port", "8000"]
