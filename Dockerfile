# The quotes API: slim Python, CPU-only torch, the models bundled from service/models/fr.
# Build after the models exist (`make models`, or a checkout that has them).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    HOST=0.0.0.0 \
    PORT=8000

WORKDIR /app

# CPU wheels only: the default torch wheels pull in the CUDA libraries.
ARG TORCH_INDEX_URL=https://download.pytorch.org/whl/cpu
RUN pip install --index-url "${TORCH_INDEX_URL}" torch==2.13.0

COPY pyproject.toml README.md openapi.yaml gunicorn.conf.py ./
COPY service ./service
# Editable: the package runs from /app/service, so the image holds the models once.
RUN pip install -e . \
    && python -c "from service.nlp import models_dir, pipeline_config; pipeline_config(models_dir())" \
    && useradd --system --no-create-home quotes

USER quotes
EXPOSE 8000
CMD ["gunicorn", "-c", "gunicorn.conf.py"]
