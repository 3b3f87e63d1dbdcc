<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>ErrorDialog</name>
    <message>
        <source>CLUE Studio — Error</source>
        <translation>CLUE Studio — 오류</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>자세히…</translation>
    </message>
    <message>
        <source>Show the technical details of this error</source>
        <translation>이 오류의 기술적인 세부 정보를 봅니다</translation>
    </message>
    <message>
        <source>Error code %1 (%2)</source>
        <translation>오류 코드 %1 (%2)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The file or folder was not found.</source>
        <translation>파일이나 폴더를 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>The file is incomplete or damaged.</source>
        <translation>파일이 불완전하거나 손상되었습니다.</translation>
    </message>
    <message>
        <source>The file is not in a format CLUE Studio can read.</source>
        <translation>CLUE Studio가 읽을 수 없는 형식의 파일입니다.</translation>
    </message>
    <message>
        <source>This file format can run code when loaded (pickle). Convert it to .safetensors first.</source>
        <translation>이 파일 형식은 불러올 때 코드를 실행할 수 있습니다(pickle). 먼저 .safetensors로 변환하세요.</translation>
    </message>
    <message>
        <source>The file could not be written. Check the folder and free disk space.</source>
        <translation>파일을 쓸 수 없습니다. 폴더와 남은 디스크 공간을 확인하세요.</translation>
    </message>
    <message>
        <source>The model&apos;s weights do not match its architecture.</source>
        <translation>모델의 가중치가 모델 구조와 맞지 않습니다.</translation>
    </message>
    <message>
        <source>The model&apos;s configuration is invalid.</source>
        <translation>모델 설정이 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>This kind of model is not supported.</source>
        <translation>지원하지 않는 종류의 모델입니다.</translation>
    </message>
    <message>
        <source>The device ran out of memory. Try a smaller image size or close other programs.</source>
        <translation>장치의 메모리가 부족합니다. 이미지 크기를 줄이거나 다른 프로그램을 닫아 보세요.</translation>
    </message>
    <message>
        <source>The requested device is not available.</source>
        <translation>요청한 장치를 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>A parameter is out of range.</source>
        <translation>매개변수가 허용 범위를 벗어났습니다.</translation>
    </message>
    <message>
        <source>A file could not be read or written.</source>
        <translation>파일을 읽거나 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>The model could not be used.</source>
        <translation>모델을 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>The compute device reported an error.</source>
        <translation>연산 장치에서 오류가 발생했습니다.</translation>
    </message>
    <message>
        <source>Training failed.</source>
        <translation>학습에 실패했습니다.</translation>
    </message>
    <message>
        <source>The input is not valid.</source>
        <translation>입력이 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>An internal error occurred.</source>
        <translation>내부 오류가 발생했습니다.</translation>
    </message>
</context>
<context>
    <name>GalleryStrip</name>
    <message>
        <source>Results appear here: click one to view it, double-click to reuse its parameters, drag it out to save a copy.</source>
        <translation>결과가 여기에 나타납니다. 클릭하면 보기, 두 번 클릭하면 매개변수 다시 쓰기, 밖으로 끌어 놓으면 사본 저장입니다.</translation>
    </message>
    <message>
        <source>Restore parameters</source>
        <translation>매개변수 복원</translation>
    </message>
    <message>
        <source>Copy parameters</source>
        <translation>매개변수 복사</translation>
    </message>
    <message>
        <source>Open containing folder</source>
        <translation>들어 있는 폴더 열기</translation>
    </message>
</context>
<context>
    <name>GenerateView</name>
    <message>
        <source>The parameters of the image shown (A1111 format)</source>
        <translation>표시된 이미지의 매개변수 (A1111 형식)</translation>
    </message>
    <message>
        <source>Open a model first.</source>
        <translation>먼저 모델을 여세요.</translation>
    </message>
    <message>
        <source>The parameters cannot be used</source>
        <translation>이 매개변수로는 생성할 수 없습니다</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>생성</translation>
    </message>
    <message>
        <source>Generation queued.</source>
        <translation>생성 작업을 대기열에 넣었습니다.</translation>
    </message>
    <message>
        <source>Preview · step %1 of %2</source>
        <translation>미리 보기 · %2단계 중 %1단계</translation>
    </message>
    <message>
        <source>The image could not be saved</source>
        <translation>이미지를 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 저장함</translation>
    </message>
    <message>
        <source>Generation cancelled.</source>
        <translation>생성을 취소했습니다.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Generation failed</source>
        <translation>생성 실패</translation>
    </message>
    <message>
        <source>Seed %1 · %2×%3</source>
        <translation>시드 %1 · %2×%3</translation>
    </message>
    <message>
        <source>Seed %1 · %2×%3 · %4</source>
        <translation>시드 %1 · %2×%3 · %4</translation>
    </message>
    <message>
        <source>Parameters restored.</source>
        <translation>매개변수를 복원했습니다.</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>%1 파일을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 has no generation parameters.</source>
        <translation>%1 파일에 생성 매개변수가 없습니다.</translation>
    </message>
    <message>
        <source>Parameters restored from %1</source>
        <translation>%1에서 매개변수를 복원함</translation>
    </message>
    <message>
        <source>Parameters restored from %1.</source>
        <translation>%1에서 매개변수를 복원했습니다.</translation>
    </message>
    <message>
        <source>Loading %1 …</source>
        <translation>%1 불러오는 중…</translation>
    </message>
    <message>
        <source>Open a model to start

File ▸ Open model folder… or drop a model or a PNG here</source>
        <translation>시작하려면 모델을 여세요

파일 ▸ 모델 폴더 열기… 또는 모델이나 PNG를 여기에 끌어다 놓으세요</translation>
    </message>
    <message>
        <source>Write a prompt and press Generate (Ctrl+Enter)</source>
        <translation>프롬프트를 입력하고 생성(Ctrl+Enter)을 누르세요</translation>
    </message>
</context>
<context>
    <name>JobStrip</name>
    <message>
        <source>Progress of the running job</source>
        <translation>실행 중인 작업의 진행률</translation>
    </message>
    <message>
        <source>Estimated time left</source>
        <translation>남은 예상 시간</translation>
    </message>
    <message>
        <source>Jobs waiting for the device</source>
        <translation>장치를 기다리는 작업</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>불러오는 중</translation>
    </message>
    <message>
        <source>Encoding prompt</source>
        <translation>프롬프트 인코딩</translation>
    </message>
    <message>
        <source>Denoising</source>
        <translation>노이즈 제거</translation>
    </message>
    <message>
        <source>Decoding</source>
        <translation>디코딩</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>저장 중</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>남은 시간 %1</translation>
    </message>
    <message numerus="yes">
        <source>+%n queued</source>
        <translation>
            <numerusform>대기 +%n</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Loading %1 …</source>
        <translation>%1 불러오는 중…</translation>
    </message>
    <message>
        <source>Loading the model was cancelled.</source>
        <translation>모델 불러오기를 취소했습니다.</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>생성</translation>
    </message>
    <message>
        <source>Text to image: generate images from a prompt</source>
        <translation>텍스트→이미지: 프롬프트로 이미지를 생성합니다</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <source>Jobs and gallery</source>
        <translation>작업 및 갤러리</translation>
    </message>
    <message>
        <source>Progress of the running job</source>
        <translation>실행 중인 작업의 진행률</translation>
    </message>
    <message>
        <source>The compute device and its memory</source>
        <translation>연산 장치와 메모리</translation>
    </message>
    <message>
        <source>Loading …</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>모델 없음</translation>
    </message>
    <message>
        <source>Model: %1
%2</source>
        <translation>모델: %1
%2</translation>
    </message>
    <message>
        <source>Open a model folder (diffusers) or a .safetensors file</source>
        <translation>모델 폴더(diffusers)나 .safetensors 파일을 엽니다</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>장치: %1</translation>
    </message>
    <message>
        <source>Model loaded: %1</source>
        <translation>모델을 불러왔습니다: %1</translation>
    </message>
    <message>
        <source>The model %1 could not be loaded</source>
        <translation>모델 %1을(를) 불러올 수 없습니다</translation>
    </message>
    <message>
        <source>Open model &amp;folder…</source>
        <translation>모델 폴더 열기(&amp;F)…</translation>
    </message>
    <message>
        <source>Open a diffusers model folder (model_index.json, unet/, vae/, …)</source>
        <translation>diffusers 모델 폴더를 엽니다 (model_index.json, unet/, vae/, …)</translation>
    </message>
    <message>
        <source>Open model f&amp;ile…</source>
        <translation>모델 파일 열기(&amp;I)…</translation>
    </message>
    <message>
        <source>Open a single-file checkpoint (.safetensors)</source>
        <translation>단일 파일 체크포인트(.safetensors)를 엽니다</translation>
    </message>
    <message>
        <source>&amp;Restore parameters from PNG…</source>
        <translation>PNG에서 매개변수 복원(&amp;R)…</translation>
    </message>
    <message>
        <source>Read the generation parameters of a PNG (CLUE Studio or A1111)</source>
        <translation>PNG의 생성 매개변수를 읽습니다 (CLUE Studio 또는 A1111)</translation>
    </message>
    <message>
        <source>&amp;Export image…</source>
        <translation>이미지 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Save a copy of the image shown, with its parameters</source>
        <translation>표시된 이미지의 사본을 매개변수와 함께 저장합니다</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <source>Generate an image with these parameters (Ctrl+Enter); queues while busy</source>
        <translation>이 매개변수로 이미지를 생성합니다 (Ctrl+Enter). 다른 작업 중이면 대기열에 넣습니다</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Stop the running job after the current step (Esc)</source>
        <translation>현재 단계가 끝나면 실행 중인 작업을 멈춥니다 (Esc)</translation>
    </message>
    <message>
        <source>&amp;About CLUE Studio</source>
        <translation>CLUE Studio 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Recent &amp;models</source>
        <translation>최근 모델(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>Show or hide the Parameters dock</source>
        <translation>매개변수 창을 보이거나 숨깁니다</translation>
    </message>
    <message>
        <source>Show or hide the job strip and the gallery</source>
        <translation>작업 표시줄과 갤러리를 보이거나 숨깁니다</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>도구 모음</translation>
    </message>
    <message>
        <source>Show or hide the model and device toolbar</source>
        <translation>모델과 장치 도구 모음을 보이거나 숨깁니다</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>목록 지우기</translation>
    </message>
    <message>
        <source>Open model folder</source>
        <translation>모델 폴더 열기</translation>
    </message>
    <message>
        <source>Open model file</source>
        <translation>모델 파일 열기</translation>
    </message>
    <message>
        <source>Safetensors checkpoints (*.safetensors)</source>
        <translation>Safetensors 체크포인트 (*.safetensors)</translation>
    </message>
    <message>
        <source>Restore parameters from PNG</source>
        <translation>PNG에서 매개변수 복원</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>Export image</source>
        <translation>이미지 내보내기</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 내보냄</translation>
    </message>
    <message>
        <source>The image could not be exported</source>
        <translation>이미지를 내보낼 수 없습니다</translation>
    </message>
    <message>
        <source>The new language is used after a restart.</source>
        <translation>새 언어는 다시 시작한 뒤에 적용됩니다.</translation>
    </message>
    <message>
        <source>About CLUE Studio</source>
        <translation>CLUE Studio 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CLUE Studio %1&lt;/h3&gt;&lt;p&gt;A workbench for Stable Diffusion: generate images, and later fine-tune on medical images.&lt;/p&gt;&lt;p&gt;LibTorch %2 · Qt %3&lt;br&gt;Device: %4&lt;/p&gt;&lt;p&gt;License: GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CLUE Studio %1&lt;/h3&gt;&lt;p&gt;Stable Diffusion 작업대: 이미지를 생성하고, 이후에는 의료 영상으로 미세 조정합니다.&lt;/p&gt;&lt;p&gt;LibTorch %2 · Qt %3&lt;br&gt;장치: %4&lt;/p&gt;&lt;p&gt;라이선스: GNU 일반 공중 사용 허가서 버전 3 이상 (GPL-3.0-or-later).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Open the &amp;demo model</source>
        <translation>데모 모델 열기(&amp;D)</translation>
    </message>
    <message>
        <source>Open the tiny bundled model (fast; for trying the program, not for real images)</source>
        <translation>함께 제공되는 아주 작은 모델을 엽니다 (빠름. 프로그램을 시험해 보는 용도이며 실제 이미지용이 아닙니다)</translation>
    </message>
</context>
<context>
    <name>ModelSession</name>
    <message>
        <source>Load model</source>
        <translation>모델 불러오기</translation>
    </message>
</context>
<context>
    <name>ParametersPanel</name>
    <message>
        <source>Describe the image you want</source>
        <translation>원하는 이미지를 설명하세요</translation>
    </message>
    <message>
        <source>Prompt: what the image should show (A1111 syntax is kept in the metadata)</source>
        <translation>프롬프트: 이미지에 나타낼 내용 (A1111 문법은 메타데이터에 그대로 남습니다)</translation>
    </message>
    <message>
        <source>What the image should not show</source>
        <translation>이미지에 나타나지 않아야 할 내용</translation>
    </message>
    <message>
        <source>Negative prompt: steers the image away from these words</source>
        <translation>네거티브 프롬프트: 이미지가 이 단어들에서 멀어지게 합니다</translation>
    </message>
    <message>
        <source>Model default</source>
        <translation>모델 기본값</translation>
    </message>
    <message>
        <source>Sampler: the algorithm that removes noise step by step; &quot;Model default&quot; uses the model&apos;s own scheduler</source>
        <translation>샘플러: 단계마다 노이즈를 걷어 내는 알고리즘. &quot;모델 기본값&quot;은 모델 자체의 스케줄러를 씁니다</translation>
    </message>
    <message>
        <source>Sampling steps: more steps take longer and add detail (20–30 is typical)</source>
        <translation>샘플링 단계: 단계가 많을수록 오래 걸리고 세부가 늘어납니다 (보통 20–30)</translation>
    </message>
    <message>
        <source>CFG scale: how strictly the image follows the prompt (7 is typical)</source>
        <translation>CFG 스케일: 이미지가 프롬프트를 얼마나 엄격히 따를지 정합니다 (보통 7)</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>무작위</translation>
    </message>
    <message>
        <source>Seed: the same seed and parameters give the same image; −1 = random</source>
        <translation>시드: 같은 시드와 매개변수는 같은 이미지를 만듭니다. −1 = 무작위</translation>
    </message>
    <message>
        <source>Random seed (−1)</source>
        <translation>무작위 시드 (−1)</translation>
    </message>
    <message>
        <source>Reuse the seed of the last image</source>
        <translation>마지막 이미지의 시드 다시 쓰기</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Image width in pixels (a multiple of 8)</source>
        <translation>이미지 너비(픽셀, 8의 배수)</translation>
    </message>
    <message>
        <source>Image height in pixels (a multiple of 8)</source>
        <translation>이미지 높이(픽셀, 8의 배수)</translation>
    </message>
    <message>
        <source>Sampler</source>
        <translation>샘플러</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>CFG scale</source>
        <translation>CFG 스케일</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>프롬프트</translation>
    </message>
    <message>
        <source>Negative prompt</source>
        <translation>네거티브 프롬프트</translation>
    </message>
    <message>
        <source>Reuse the seed of the last image (%1)</source>
        <translation>마지막 이미지의 시드 다시 쓰기 (%1)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Decode previews with the full VAE (slower, exact colours)</source>
        <translation>미리 보기를 전체 VAE로 디코딩 (느리지만 색이 정확함)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>시스템 기본값</translation>
    </message>
    <message>
        <source>The language of the user interface; changes take effect after a restart</source>
        <translation>사용자 인터페이스 언어. 바꾸면 다시 시작한 뒤에 적용됩니다</translation>
    </message>
    <message>
        <source>Generated images are saved here, in one sub-folder per day</source>
        <translation>생성한 이미지는 여기에 날짜별 하위 폴더로 저장됩니다</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Choose the outputs folder</source>
        <translation>출력 폴더를 고릅니다</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>끔</translation>
    </message>
    <message>
        <source>Show a preview every N sampling steps (0 = no previews)</source>
        <translation>샘플링 N단계마다 미리 보기를 보여 줍니다 (0 = 미리 보기 없음)</translation>
    </message>
    <message>
        <source>Off: a fast approximate colour projection of the latents</source>
        <translation>끄면: 잠재 표현을 빠르게 근사한 색 투영을 씁니다</translation>
    </message>
    <message>
        <source>Automatic (GPU if available)</source>
        <translation>자동 (GPU가 있으면 GPU)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation>CUDA GPU</translation>
    </message>
    <message>
        <source>Where models are loaded; applies to the next model you open</source>
        <translation>모델을 불러올 장치. 다음에 여는 모델부터 적용됩니다</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Outputs folder</source>
        <translation>출력 폴더</translation>
    </message>
    <message>
        <source>Preview every</source>
        <translation>미리 보기 간격</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>장치</translation>
    </message>
    <message>
        <source>Language changes take effect after a restart.</source>
        <translation>언어를 바꾸면 다시 시작한 뒤에 적용됩니다.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source> steps</source>
        <translation>단계마다</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CLUE Studio: a Stable Diffusion workbench.</source>
        <translation>CLUE Studio: Stable Diffusion 작업대.</translation>
    </message>
    <message>
        <source>Load this model folder or .safetensors file.</source>
        <translation>이 모델 폴더나 .safetensors 파일을 불러옵니다.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>경로</translation>
    </message>
    <message>
        <source>Put this text in the prompt field.</source>
        <translation>이 텍스트를 프롬프트 칸에 넣습니다.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>Start generating once the model is loaded.</source>
        <translation>모델을 불러오면 바로 생성을 시작합니다.</translation>
    </message>
    <message>
        <source>Save a screenshot of the window after the first result (or the timeout) and quit.</source>
        <translation>첫 결과가 나오면(또는 제한 시간이 지나면) 창의 스크린샷을 저장하고 끝냅니다.</translation>
    </message>
    <message>
        <source>file.png</source>
        <translation>파일.png</translation>
    </message>
    <message>
        <source>Seconds to wait before --grab gives up waiting (default 120).</source>
        <translation>--grab이 기다리는 최대 시간(초, 기본값 120).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>초</translation>
    </message>
    <message>
        <source>User interface language: en, de or ko.</source>
        <translation>사용자 인터페이스 언어: en, de 또는 ko.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Read and write settings in this INI file instead of the user&apos;s.</source>
        <translation>사용자 설정 대신 이 INI 파일에서 설정을 읽고 씁니다.</translation>
    </message>
    <message>
        <source>file.ini</source>
        <translation>파일.ini</translation>
    </message>
</context>
</TS>
