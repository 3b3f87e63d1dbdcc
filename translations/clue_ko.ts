<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AugmentWizard</name>
    <message>
        <source>Augment dataset</source>
        <translation>데이터셋 증강</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>BackgroundPanel</name>
    <message>
        <source>Open…</source>
        <translation>열기…</translation>
    </message>
    <message>
        <source>Compute mask</source>
        <translation>마스크 계산</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>생성</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Open the reference image whose background the result keeps (or drop an image on the canvas)</source>
        <translation>결과가 배경을 가져올 참조 이미지를 엽니다 (또는 캔버스에 이미지를 끌어다 놓으세요)</translation>
    </message>
    <message>
        <source>No reference image</source>
        <translation>참조 이미지 없음</translation>
    </message>
    <message>
        <source>The reference image</source>
        <translation>참조 이미지</translation>
    </message>
    <message>
        <source>Describe the image, naming the subject</source>
        <translation>대상을 포함해 이미지를 설명하세요</translation>
    </message>
    <message>
        <source>Prompt of the new image; pick one of the model&apos;s class prompts or write your own</source>
        <translation>새 이미지의 프롬프트. 모델의 클래스 프롬프트 중 하나를 고르거나 직접 작성하세요</translation>
    </message>
    <message>
        <source>A word of the prompt</source>
        <translation>프롬프트의 단어</translation>
    </message>
    <message>
        <source>Subject word: the part of the image its tokens drive is kept (the mask); the rest takes the reference&apos;s background</source>
        <translation>대상 단어: 그 토큰이 만드는 이미지 부분은 유지되고(마스크), 나머지는 참조 이미지의 배경을 가져옵니다</translation>
    </message>
    <message>
        <source>Sampler; one step is one scheduler step</source>
        <translation>샘플러. 한 단계는 스케줄러 한 단계입니다</translation>
    </message>
    <message>
        <source>Sampling steps N (img2img runs the last strength × N of them)</source>
        <translation>샘플링 단계 수 N (img2img는 그중 마지막 강도 × N 단계를 실행합니다)</translation>
    </message>
    <message>
        <source>Denoising strength of the img2img start: 1 = from pure noise; plain img2img is run at the same strength for comparison</source>
        <translation>img2img 시작의 디노이징 강도: 1 = 순수 노이즈에서 시작. 비교용 일반 img2img도 같은 강도로 실행됩니다</translation>
    </message>
    <message>
        <source>CFG scale: how strictly the image follows the prompt</source>
        <translation>CFG 스케일: 이미지가 프롬프트를 얼마나 엄격히 따르는지</translation>
    </message>
    <message>
        <source>Seed: the replacement and plain img2img use the same noise</source>
        <translation>시드: 배경 교체와 일반 img2img가 같은 노이즈를 사용합니다</translation>
    </message>
    <message>
        <source>A new random seed</source>
        <translation>새 무작위 시드</translation>
    </message>
    <message>
        <source>Manipulation steps, counted from 0 in this img2img run: at each, the mask is computed and the background latents are replaced (e.g. 2, 3, 4 or 2-4)</source>
        <translation>이 img2img 실행에서 0부터 센 조작 단계: 각 단계에서 마스크를 계산하고 배경 잠재 표현을 교체합니다 (예: 2, 3, 4 또는 2-4)</translation>
    </message>
    <message>
        <source>Abs-Grad-SAM</source>
        <translation>Abs-Grad-SAM</translation>
    </message>
    <message>
        <source>Attention only</source>
        <translation>어텐션만</translation>
    </message>
    <message>
        <source>ReLU Grad-SAM</source>
        <translation>ReLU Grad-SAM</translation>
    </message>
    <message>
        <source>Importance map: attention × |gradient| (the method), attention alone (the ablation), or attention × ReLU(gradient) (the original Grad-SAM)</source>
        <translation>중요도 맵: 어텐션 × |기울기| (이 방법), 어텐션만 (제거 실험), 또는 어텐션 × ReLU(기울기) (원래 Grad-SAM)</translation>
    </message>
    <message>
        <source>Run up to the last manipulation step and show the importance map and mask of each step, without generating the image</source>
        <translation>마지막 조작 단계까지만 실행해 각 단계의 중요도 맵과 마스크를 보여 줍니다 (이미지는 생성하지 않음)</translation>
    </message>
    <message>
        <source>Generate with background replacement, then plain img2img for comparison (Ctrl+Enter)</source>
        <translation>배경 교체로 생성한 뒤 비교용 일반 img2img를 실행합니다 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Stop after the current step (Esc)</source>
        <translation>현재 단계 후 중지 (Esc)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>참조</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>프롬프트</translation>
    </message>
    <message>
        <source>Subject word</source>
        <translation>대상 단어</translation>
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
        <source>Strength</source>
        <translation>강도</translation>
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
        <source>Replace at steps</source>
        <translation>교체 단계</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>중요도</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>브러시</translation>
    </message>
    <message>
        <source>&lt;b&gt;Background replacement&lt;/b&gt;</source>
        <translation>&lt;b&gt;배경 교체&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Replace at steps: whole numbers from 0, separated by commas, e.g. 2, 3, 4</source>
        <translation>교체 단계: 0 이상의 정수를 쉼표로 구분하세요. 예: 2, 3, 4</translation>
    </message>
    <message>
        <source>Choose the subject: a word of the prompt.</source>
        <translation>대상을 고르세요: 프롬프트의 한 단어입니다.</translation>
    </message>
    <message>
        <source>“%1” is not a word of the prompt.</source>
        <translation>“%1”은(는) 프롬프트의 단어가 아닙니다.</translation>
    </message>
    <message>
        <source>This run has %1 steps: 0 … %2.</source>
        <translation>이 실행은 %1단계입니다: 0 … %2.</translation>
    </message>
    <message>
        <source>Whole numbers from 0, e.g. 2, 3, 4 or 2-4.</source>
        <translation>0 이상의 정수. 예: 2, 3, 4 또는 2-4.</translation>
    </message>
</context>
<context>
    <name>BackgroundResultPanel</name>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>The result: generated subject, background from the reference</source>
        <translation>결과: 생성된 대상, 참조 이미지의 배경</translation>
    </message>
    <message>
        <source>Plain img2img from the reference at the same strength and seed (the comparison)</source>
        <translation>같은 강도와 시드로 참조 이미지에서 실행한 일반 img2img (비교용)</translation>
    </message>
    <message>
        <source>The reference as the model saw it (resized to the output size)</source>
        <translation>모델이 본 참조 이미지 (출력 크기로 조정됨)</translation>
    </message>
    <message>
        <source>Background fidelity of the result: PSNR and SSIM against the reference, weighted by the background (1 − mask)</source>
        <translation>결과의 배경 충실도: 배경(1 − 마스크)으로 가중한, 참조 이미지 대비 PSNR과 SSIM</translation>
    </message>
    <message>
        <source>Background fidelity of plain img2img, measured in the same background</source>
        <translation>같은 배경 영역에서 잰 일반 img2img의 배경 충실도</translation>
    </message>
    <message>
        <source>The VAE&apos;s own reconstruction of the reference in the same background: the best the replacement can reach</source>
        <translation>같은 배경 영역에서 본 참조 이미지의 VAE 재구성: 배경 교체가 도달할 수 있는 최선</translation>
    </message>
    <message>
        <source>Save the result with its parameters, plain img2img, the mask and the overlay in the outputs folder</source>
        <translation>결과(파라미터 포함), 일반 img2img, 마스크, 오버레이를 출력 폴더에 저장합니다</translation>
    </message>
    <message>
        <source>∞</source>
        <translation>∞</translation>
    </message>
    <message>
        <source>Background PSNR %1 dB · SSIM %2</source>
        <translation>배경 PSNR %1 dB · SSIM %2</translation>
    </message>
    <message>
        <source>Replacing the background: previews follow (%1 steps) …</source>
        <translation>배경 교체 중: 미리 보기가 이어집니다 (%1단계)…</translation>
    </message>
    <message>
        <source>Plain img2img runs after it</source>
        <translation>일반 img2img는 그다음에 실행됩니다</translation>
    </message>
    <message>
        <source>Preview · step %1 of %2</source>
        <translation>미리 보기 · %2단계 중 %1단계</translation>
    </message>
    <message>
        <source>Background replaced</source>
        <translation>배경 교체됨</translation>
    </message>
    <message>
        <source>Plain img2img</source>
        <translation>일반 img2img</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>참조</translation>
    </message>
    <message>
        <source>Plain img2img was not run</source>
        <translation>일반 img2img를 실행하지 않았습니다</translation>
    </message>
    <message>
        <source>VAE reconstruction: %1</source>
        <translation>VAE 재구성: %1</translation>
    </message>
    <message>
        <source>Measured inside the inverted mask of step %1 (%2 % of the image is background).</source>
        <translation>%1단계 마스크의 반전 영역에서 측정 (이미지의 %2 %가 배경).</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
</context>
<context>
    <name>BackgroundView</name>
    <message>
        <source>The manipulation step whose importance map and mask are shown</source>
        <translation>중요도 맵과 마스크를 보여 줄 조작 단계</translation>
    </message>
    <message>
        <source>Importance map</source>
        <translation>중요도 맵</translation>
    </message>
    <message>
        <source>Show the importance map of the subject word over the reference (contrast stretched between its 2nd and 98th percentile)</source>
        <translation>참조 이미지 위에 대상 단어의 중요도 맵을 표시합니다 (2번째와 98번째 백분위수 사이로 대비 확장)</translation>
    </message>
    <message>
        <source>Opacity of the importance map</source>
        <translation>중요도 맵의 불투명도</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>마스크</translation>
    </message>
    <message>
        <source>Outline the mask: the subject (kept) tinted blue, the background (taken from the reference) dimmed</source>
        <translation>마스크 윤곽 표시: 대상(유지)은 파란색으로, 배경(참조 이미지에서 가져옴)은 어둡게</translation>
    </message>
    <message>
        <source>Green strokes add to the subject, red strokes erase from it</source>
        <translation>초록 획은 대상에 더하고, 빨간 획은 대상에서 지웁니다</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>%1×%2 image</source>
        <translation>%1×%2 이미지</translation>
    </message>
    <message>
        <source>%1 cannot be read as an image: %2</source>
        <translation>%1을(를) 이미지로 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Reference: %1 (%2×%3)</source>
        <translation>참조: %1 (%2×%3)</translation>
    </message>
    <message>
        <source>Open a reference image</source>
        <translation>참조 이미지 열기</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp)</source>
        <translation>이미지 (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp)</translation>
    </message>
    <message>
        <source>Open a reference image first (or drop one on the canvas).</source>
        <translation>먼저 참조 이미지를 여세요 (또는 캔버스에 끌어다 놓으세요).</translation>
    </message>
    <message>
        <source>Choose the subject word from the prompt.</source>
        <translation>프롬프트에서 대상 단어를 고르세요.</translation>
    </message>
    <message>
        <source>The subject “%1” is not a word of the prompt.</source>
        <translation>대상 “%1”은(는) 프롬프트의 단어가 아닙니다.</translation>
    </message>
    <message>
        <source>A background run is already going.</source>
        <translation>배경 교체가 이미 실행 중입니다.</translation>
    </message>
    <message>
        <source>Open a model first.</source>
        <translation>먼저 모델을 여세요.</translation>
    </message>
    <message>
        <source>Compute mask</source>
        <translation>마스크 계산</translation>
    </message>
    <message>
        <source>Replace background</source>
        <translation>배경 교체</translation>
    </message>
    <message>
        <source>Computing the mask …</source>
        <translation>마스크 계산 중…</translation>
    </message>
    <message>
        <source>Background replacement queued.</source>
        <translation>배경 교체가 대기열에 추가되었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 and %n more file(s)</source>
        <translation>
            <numerusform>%1 외 파일 %n개를 저장했습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Background replacement cancelled.</source>
        <translation>배경 교체가 취소되었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Mask computed at %n step(s).</source>
        <translation>
            <numerusform>%n단계에서 마스크를 계산했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Background replaced.</source>
        <translation>배경을 교체했습니다.</translation>
    </message>
    <message>
        <source>Background replacement failed</source>
        <translation>배경 교체에 실패했습니다</translation>
    </message>
    <message>
        <source>The result could not be exported</source>
        <translation>결과를 내보낼 수 없습니다</translation>
    </message>
    <message>
        <source>Subject “%1”: %2 token(s) · mask %3×%4, %5 % subject</source>
        <translation>대상 “%1”: 토큰 %2개 · 마스크 %3×%4, 대상 %5 %</translation>
    </message>
    <message>
        <source>Reference · importance map and mask of step %1</source>
        <translation>참조 · %1단계의 중요도 맵과 마스크</translation>
    </message>
    <message>
        <source>Export background result</source>
        <translation>배경 교체 결과 내보내기</translation>
    </message>
    <message>
        <source>Loading %1 …</source>
        <translation>%1 불러오는 중…</translation>
    </message>
    <message>
        <source>Open a model to start (File ▸ Open model), then a reference image</source>
        <translation>시작하려면 모델을 연 다음(파일 ▸ 모델 열기) 참조 이미지를 여세요</translation>
    </message>
    <message>
        <source>Open a reference image (Parameters ▸ Reference) or drop one here, then choose the subject word of the prompt</source>
        <translation>참조 이미지를 열거나(파라미터 ▸ 참조) 여기에 끌어다 놓은 다음, 프롬프트에서 대상 단어를 고르세요</translation>
    </message>
    <message>
        <source>Compute mask shows the importance map; paint to add or erase</source>
        <translation>“마스크 계산”은 중요도 맵을 보여 줍니다. 칠해서 더하거나 지우세요</translation>
    </message>
    <message>
        <source>Generate (Ctrl+Enter): the result, plain img2img and the reference appear here side by side</source>
        <translation>생성(Ctrl+Enter): 결과, 일반 img2img, 참조 이미지가 여기에 나란히 표시됩니다</translation>
    </message>
</context>
<context>
    <name>BrushGroup</name>
    <message>
        <source>Add</source>
        <translation>더하기</translation>
    </message>
    <message>
        <source>Paint the subject: painted areas are kept (green)</source>
        <translation>대상을 칠합니다: 칠한 영역은 유지됩니다 (초록)</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Paint the background: painted areas take the reference (red)</source>
        <translation>배경을 칠합니다: 칠한 영역은 참조 이미지를 가져옵니다 (빨강)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Undo the last stroke (Ctrl+Z)</source>
        <translation>마지막 획 실행 취소 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <source>Redo the stroke undone last (Ctrl+Shift+Z)</source>
        <translation>마지막으로 취소한 획 다시 실행 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>모두 지우기</translation>
    </message>
    <message>
        <source>Remove every stroke (undoable)</source>
        <translation>모든 획 제거 (실행 취소 가능)</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Brush diameter in pixels of the reference image</source>
        <translation>참조 이미지 픽셀 단위의 브러시 지름</translation>
    </message>
    <message>
        <source>Soft brush edge: how much of the radius fades out (the mask counts what is more than half painted)</source>
        <translation>부드러운 브러시 가장자리: 반지름 중 서서히 흐려지는 비율 (마스크는 절반 넘게 칠해진 곳을 셉니다)</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>브러시</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Feather</source>
        <translation>페더</translation>
    </message>
</context>
<context>
    <name>CosinePlot</name>
    <message>
        <source>Direction cosine per swap step λ: cos(z_λ − z_neutral, z_last − z_neutral). 1 everywhere: a straight trajectory; lower values: it bends.</source>
        <translation>전환 단계 λ별 방향 코사인: cos(z_λ − z_neutral, z_last − z_neutral). 모두 1이면 직선 궤적이고, 값이 작을수록 궤적이 휘어집니다.</translation>
    </message>
    <message>
        <source>swap step λ</source>
        <translation>전환 단계 λ</translation>
    </message>
    <message>
        <source>direction cosine</source>
        <translation>방향 코사인</translation>
    </message>
</context>
<context>
    <name>CurvePreview</name>
    <message>
        <source>Curve position t along the Bézier path (0: the neutral image, 1: the strongest edit). Moving shows the nearest frame at once; when the slider rests, the exact point is decoded.</source>
        <translation>베지어 경로 위의 곡선 위치 t (0: 중립 이미지, 1: 가장 강한 편집). 움직이면 가장 가까운 프레임이 바로 표시되고, 슬라이더가 멈추면 정확한 지점을 디코딩합니다.</translation>
    </message>
    <message>
        <source>Curve position</source>
        <translation>곡선 위치</translation>
    </message>
    <message>
        <source>Bézier path</source>
        <translation>베지어 경로</translation>
    </message>
    <message>
        <source>t = %1 · frame %2 of %3</source>
        <translation>t = %1 · 프레임 %2/%3</translation>
    </message>
    <message>
        <source>t = %1 · nearest frame %2 of %3 (decoding the exact point …)</source>
        <translation>t = %1 · 가장 가까운 프레임 %2/%3 (정확한 지점 디코딩 중 …)</translation>
    </message>
    <message>
        <source>t = %1 · exact point of the Bézier path</source>
        <translation>t = %1 · 베지어 경로의 정확한 지점</translation>
    </message>
</context>
<context>
    <name>DatasetPanel</name>
    <message>
        <source>Class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>검증</translation>
    </message>
    <message>
        <source>Skipped file</source>
        <translation>건너뛴 파일</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>이유</translation>
    </message>
    <message>
        <source>Images per class in the training and validation splits (the split is stable: it follows each file&apos;s content hash)</source>
        <translation>학습/검증 분할의 클래스별 이미지 수 (분할은 고정됨: 각 파일 내용의 해시를 따름)</translation>
    </message>
    <message>
        <source>Files that were left out, and why</source>
        <translation>제외된 파일과 그 이유</translation>
    </message>
    <message>
        <source>Choose a dataset (a folder with one sub-folder per class, or a CSV manifest) in the Parameters dock and press Scan</source>
        <translation>매개변수 패널에서 데이터셋(클래스마다 하위 폴더가 있는 폴더 또는 CSV 목록)을 고른 뒤 [검사]를 누르세요</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>모든 클래스</translation>
    </message>
    <message>
        <source>No file was skipped.</source>
        <translation>건너뛴 파일이 없습니다.</translation>
    </message>
    <message>
        <source>Skipped files: %1</source>
        <translation>건너뛴 파일: %1</translation>
    </message>
    <message>
        <source>%1 · classes: %2 · training images: %3 · validation images: %4</source>
        <translation>%1 · 클래스: %2 · 학습 이미지: %3 · 검증 이미지: %4</translation>
    </message>
</context>
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
    <name>EvaluateReportPanel</name>
    <message>
        <source>Pick real, test and synthetic images in the Parameters dock and run an evaluation, or open an earlier report (results.json).</source>
        <translation>매개변수 패널에서 실제·테스트·합성 이미지를 고르고 평가를 실행하거나, 이전 보고서(results.json)를 여세요.</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>브라우저에서 열기</translation>
    </message>
    <message>
        <source>Open report.html (tables and figures) in the web browser</source>
        <translation>report.html(표와 그림)을 웹 브라우저에서 엽니다</translation>
    </message>
    <message>
        <source>&lt;b&gt;Distribution metrics&lt;/b&gt; (real test images vs. the same number of synthetic ones)</source>
        <translation>&lt;b&gt;분포 지표&lt;/b&gt; (실제 테스트 이미지 대 같은 수의 합성 이미지)</translation>
    </message>
    <message>
        <source>FID and KID: lower is closer to the real images; precision: share of synthetic images inside the real manifold; recall: share of real images covered</source>
        <translation>FID와 KID: 낮을수록 실제 이미지에 가깝습니다. 정밀도: 실제 매니폴드 안에 있는 합성 이미지의 비율. 재현율: 포괄된 실제 이미지의 비율</translation>
    </message>
    <message>
        <source>&lt;b&gt;Classifier macro-F1&lt;/b&gt; on the real test images</source>
        <translation>실제 테스트 이미지에서의 &lt;b&gt;분류기 매크로 F1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Synthetic-only training against scale (mean ± sd over seeds); dashed: real only and real + synthetic</source>
        <translation>규모에 따른 합성 전용 학습 (시드에 대한 평균 ± 표준편차); 점선: 실제만, 실제 + 합성</translation>
    </message>
    <message>
        <source>Features: %1</source>
        <translation>특징: %1</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>세트</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <source>Real</source>
        <translation>실제</translation>
    </message>
    <message>
        <source>Synthetic</source>
        <translation>합성</translation>
    </message>
    <message>
        <source>FID</source>
        <translation>FID</translation>
    </message>
    <message>
        <source>KID ×10³</source>
        <translation>KID ×10³</translation>
    </message>
    <message>
        <source>Precision %</source>
        <translation>정밀도 %</translation>
    </message>
    <message>
        <source>Recall %</source>
        <translation>재현율 %</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>규모</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>테스트</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Macro-F1 %</source>
        <translation>매크로 F1 %</translation>
    </message>
    <message>
        <source>Accuracy %</source>
        <translation>정확도 %</translation>
    </message>
    <message>
        <source>F1 %1 %</source>
        <translation>F1 %1 %</translation>
    </message>
    <message>
        <source>&lt;b&gt;Notes&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;참고&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>real only</source>
        <translation>실제만</translation>
    </message>
    <message>
        <source>real + %1</source>
        <translation>실제 + %1</translation>
    </message>
    <message>
        <source>synthetic images per class (% of the real training set)</source>
        <translation>클래스당 합성 이미지 (실제 학습 세트 대비 %)</translation>
    </message>
    <message>
        <source>macro-F1 (%)</source>
        <translation>매크로 F1 (%)</translation>
    </message>
</context>
<context>
    <name>EvaluateSettingsPanel</name>
    <message>
        <source>Browse</source>
        <translation>찾아보기</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>폴더 선택</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>파일 선택</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>The real training images of the fine-tune (folder with one sub-folder per class, or a manifest CSV); their validation split stops the classifiers early</source>
        <translation>미세 조정의 실제 학습 이미지 (클래스마다 하위 폴더가 있는 폴더 또는 매니페스트 CSV); 이 이미지의 검증 분할로 분류기 학습을 조기 종료합니다</translation>
    </message>
    <message>
        <source>Real (training)</source>
        <translation>실제 (학습)</translation>
    </message>
    <message>
        <source>Held-out real test images that no model has seen (required)</source>
        <translation>어떤 모델도 보지 않은 별도의 실제 테스트 이미지 (필수)</translation>
    </message>
    <message>
        <source>Real (test)</source>
        <translation>실제 (테스트)</translation>
    </message>
    <message>
        <source>Optional second test set, e.g. from another clinic</source>
        <translation>선택 사항인 두 번째 테스트 세트, 예: 다른 병원의 데이터</translation>
    </message>
    <message>
        <source>External (optional)</source>
        <translation>외부 (선택)</translation>
    </message>
    <message>
        <source>Synthetic sets</source>
        <translation>합성 세트</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>Augmentation outputs to compare (folders written by Tools ▸ Augment dataset); the name labels the set in the report</source>
        <translation>비교할 증강 결과 (도구 ▸ 데이터셋 증강으로 만든 폴더); 이름은 보고서에서 세트를 가리킵니다</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <source>Add a synthetic set (a folder)</source>
        <translation>합성 세트(폴더) 추가</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Remove the selected synthetic set</source>
        <translation>선택한 합성 세트 제거</translation>
    </message>
    <message>
        <source>Choose a synthetic set</source>
        <translation>합성 세트 선택</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>프로토콜</translation>
    </message>
    <message>
        <source>Train a classifier on synthetic images only, %1 % of the real training count per class</source>
        <translation>클래스별 실제 학습 이미지 수의 %1 %만큼의 합성 이미지로만 분류기를 학습합니다</translation>
    </message>
    <message>
        <source>Scales</source>
        <translation>규모</translation>
    </message>
    <message>
        <source>Classifier seeds per configuration; the report gives mean ± sd</source>
        <translation>구성마다 사용할 분류기 시드 수; 보고서는 평균 ± 표준편차를 보여 줍니다</translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Training steps of every classifier (the same budget for every training set)</source>
        <translation>각 분류기의 학습 단계 수 (모든 학습 세트에 같은 예산)</translation>
    </message>
    <message>
        <source>Classifier steps</source>
        <translation>분류기 단계</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Input edge of the classifier; use the model&apos;s resolution</source>
        <translation>분류기 입력 한 변의 크기; 모델의 해상도를 쓰세요</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>이미지 크기</translation>
    </message>
    <message>
        <source>FID, KID, precision and recall</source>
        <translation>FID, KID, 정밀도와 재현율</translation>
    </message>
    <message>
        <source>Distribution metrics of each synthetic set against the real test images</source>
        <translation>실제 테스트 이미지에 대한 각 합성 세트의 분포 지표</translation>
    </message>
    <message>
        <source>Inception-v3 TF-FID weights as .safetensors (optional). Without them CLUE Studio trains its own feature extractor on the real images; the report names which was used.</source>
        <translation>Inception-v3 TF-FID 가중치(.safetensors, 선택). 없으면 CLUE Studio가 실제 이미지로 자체 특징 추출기를 학습하며, 보고서에 어느 것을 썼는지 적습니다.</translation>
    </message>
    <message>
        <source>safetensors (*.safetensors)</source>
        <translation>safetensors (*.safetensors)</translation>
    </message>
    <message>
        <source>Inception-v3</source>
        <translation>Inception-v3</translation>
    </message>
    <message>
        <source>The report folder: report.html, figures, results.json</source>
        <translation>보고서 폴더: report.html, 그림, results.json</translation>
    </message>
    <message>
        <source>Report folder</source>
        <translation>보고서 폴더</translation>
    </message>
    <message>
        <source>Run evaluation</source>
        <translation>평가 실행</translation>
    </message>
    <message>
        <source>Train the feature extractor and the classifiers and write the report (a job; it can take a while on a CPU)</source>
        <translation>특징 추출기와 분류기를 학습하고 보고서를 씁니다 (작업; CPU에서는 시간이 걸릴 수 있습니다)</translation>
    </message>
    <message>
        <source>Open report…</source>
        <translation>보고서 열기…</translation>
    </message>
    <message>
        <source>Show an earlier evaluation (its results.json)</source>
        <translation>이전 평가 보기 (해당 results.json)</translation>
    </message>
</context>
<context>
    <name>EvaluateView</name>
    <message>
        <source>Open an evaluation report</source>
        <translation>평가 보고서 열기</translation>
    </message>
    <message>
        <source>Evaluation results (results.json)</source>
        <translation>평가 결과 (results.json)</translation>
    </message>
    <message>
        <source>Evaluation finished: %1</source>
        <translation>평가 완료: %1</translation>
    </message>
    <message>
        <source>Evaluation cancelled; nothing was written.</source>
        <translation>평가가 취소되었습니다. 아무것도 기록하지 않았습니다.</translation>
    </message>
    <message>
        <source>The evaluation failed</source>
        <translation>평가에 실패했습니다</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>평가</translation>
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
    <message>
        <source>Scanning images</source>
        <translation>이미지 검사 중</translation>
    </message>
    <message>
        <source>Training the VAE</source>
        <translation>VAE 학습 중</translation>
    </message>
    <message>
        <source>Generating the synthetic set</source>
        <translation>합성 데이터셋 생성 중</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>학습 중</translation>
    </message>
    <message>
        <source>Prompt swap for every λ</source>
        <translation>모든 λ에 대한 프롬프트 전환</translation>
    </message>
    <message>
        <source>Replacing the background</source>
        <translation>배경 교체 중</translation>
    </message>
    <message>
        <source>Plain img2img for comparison</source>
        <translation>비교용 일반 img2img</translation>
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
        <source>Train</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>Fine-tune a model on your images (CLUE or vanilla) and watch the run</source>
        <translation>내 이미지로 모델을 미세 조정(CLUE 또는 기본 방식)하고 학습 과정을 지켜봅니다</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>스타일</translation>
    </message>
    <message>
        <source>Move the style vector of a CLUE model with sliders and see the image follow</source>
        <translation>슬라이더로 CLUE 모델의 스타일 벡터를 움직이면 이미지가 따라 바뀝니다</translation>
    </message>
    <message>
        <source>Style space</source>
        <translation>스타일 공간</translation>
    </message>
    <message>
        <source>The PCA map of the styles of a dataset; click it to generate that style</source>
        <translation>데이터셋 스타일의 PCA 지도. 클릭하면 그 스타일로 생성합니다</translation>
    </message>
    <message>
        <source>&amp;Augment dataset…</source>
        <translation>데이터셋 증강(&amp;A)…</translation>
    </message>
    <message>
        <source>Make a synthetic set: N images per class from a fine-tuned model, with a manifest and a memorisation check</source>
        <translation>합성 세트 만들기: 미세 조정된 모델로 클래스마다 N장의 이미지를 생성하고, 매니페스트와 암기 검사를 함께 수행합니다</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>도구(&amp;T)</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>평가</translation>
    </message>
    <message>
        <source>FID, precision/recall and classifier F1 of synthetic sets against real images</source>
        <translation>실제 이미지에 대한 합성 세트의 FID, 정밀도/재현율, 분류기 F1</translation>
    </message>
    <message>
        <source>Open the bundled demo model: a tiny CLUE model trained by this project on synthetic otoscopy images (for trying the program, not for real images)</source>
        <translation>함께 제공되는 데모 모델 열기: 이 프로젝트가 합성 이경 이미지로 학습한 작은 CLUE 모델 (프로그램 체험용이며 실제 이미지용이 아님)</translation>
    </message>
    <message>
        <source>Trajectory</source>
        <translation>궤적</translation>
    </message>
    <message>
        <source>Prompt swap: from a neutral to an attribute prompt after step λ, and a Bézier path through the images of every λ</source>
        <translation>프롬프트 전환: 단계 λ 이후 중립 프롬프트에서 속성 프롬프트로 바꾸고, 모든 λ의 이미지를 지나는 베지어 경로를 만듭니다</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>배경</translation>
    </message>
    <message>
        <source>Keep the subject word&apos;s part of a new image and take the background from a reference image (Abs-Grad-SAM mask, brush to correct it)</source>
        <translation>새 이미지에서 대상 단어가 만드는 부분은 유지하고 배경은 참조 이미지에서 가져옵니다 (Abs-Grad-SAM 마스크, 브러시로 보정)</translation>
    </message>
</context>
<context>
    <name>MaskGroup</name>
    <message>
        <source>Size of the Gaussian blur of the importance map, in latent cells (odd; 1 = no blur)</source>
        <translation>중요도 맵에 적용할 가우시안 블러 크기, 잠재 셀 단위 (홀수, 1 = 블러 없음)</translation>
    </message>
    <message>
        <source>Sigma of the blur, in latent cells</source>
        <translation>블러의 시그마, 잠재 셀 단위</translation>
    </message>
    <message>
        <source>Threshold τ = mean + k·std of the normalised map: larger k, smaller subject</source>
        <translation>정규화된 맵의 임계값 τ = 평균 + k·표준편차: k가 클수록 대상이 작아집니다</translation>
    </message>
    <message>
        <source>Instead of the threshold, keep this share of the cells as the subject (0 = off)</source>
        <translation>임계값 대신 이 비율의 셀을 대상으로 유지합니다 (0 = 끔)</translation>
    </message>
    <message>
        <source>Size of the dilation that grows the subject, in latent cells (odd)</source>
        <translation>대상을 키우는 팽창 크기, 잠재 셀 단위 (홀수)</translation>
    </message>
    <message>
        <source>Soft mask edges: sigma of a blur of the final mask, in latent cells (0 = hard edges)</source>
        <translation>부드러운 마스크 가장자리: 최종 마스크 블러의 시그마, 잠재 셀 단위 (0 = 딱딱한 가장자리)</translation>
    </message>
    <message>
        <source>Skip the coarsest attention maps</source>
        <translation>가장 거친 어텐션 맵 건너뛰기</translation>
    </message>
    <message>
        <source>Reuse the first mask</source>
        <translation>첫 마스크 재사용</translation>
    </message>
    <message>
        <source>Show or hide the mask parameters</source>
        <translation>마스크 파라미터 표시/숨기기</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>마스크</translation>
    </message>
    <message>
        <source>The mask parameters in use; open the group to change them</source>
        <translation>사용 중인 마스크 파라미터. 바꾸려면 그룹을 펼치세요</translation>
    </message>
    <message>
        <source>How often the dilation is applied (0 = none)</source>
        <translation>팽창을 적용하는 횟수 (0 = 없음)</translation>
    </message>
    <message>
        <source>Leave out the lowest-resolution cross-attention maps (prompt-to-prompt practice)</source>
        <translation>가장 낮은 해상도의 크로스 어텐션 맵 제외 (prompt-to-prompt 관행)</translation>
    </message>
    <message>
        <source>Compute the mask once, at the first manipulation step, and apply it at the later ones (one gradient pass instead of one per step)</source>
        <translation>첫 조작 단계에서 마스크를 한 번 계산해 이후 단계에 적용합니다 (단계마다가 아니라 기울기 계산 한 번)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>끔</translation>
    </message>
    <message>
        <source>Keep applying the last mask at every step up to this one (Blended Latent Diffusion style); Off = only at the manipulation steps</source>
        <translation>이 단계까지 모든 단계에서 마지막 마스크를 계속 적용합니다 (Blended Latent Diffusion 방식). 끔 = 조작 단계에서만</translation>
    </message>
    <message>
        <source>Blur size</source>
        <translation>블러 크기</translation>
    </message>
    <message>
        <source>Blur sigma</source>
        <translation>블러 시그마</translation>
    </message>
    <message>
        <source>Threshold k</source>
        <translation>임계값 k</translation>
    </message>
    <message>
        <source>Top share</source>
        <translation>상위 비율</translation>
    </message>
    <message>
        <source>Dilation size</source>
        <translation>팽창 크기</translation>
    </message>
    <message>
        <source>Dilation steps</source>
        <translation>팽창 횟수</translation>
    </message>
    <message>
        <source>Feather</source>
        <translation>페더</translation>
    </message>
    <message>
        <source>Extend to step</source>
        <translation>연장할 단계</translation>
    </message>
    <message>
        <source>top %1 %</source>
        <translation>상위 %1 %</translation>
    </message>
    <message>
        <source>k %1</source>
        <translation>k %1</translation>
    </message>
    <message>
        <source>blur σ %1 · %2 · dilate %3× · feather %4</source>
        <translation>블러 σ %1 · %2 · 팽창 %3회 · 페더 %4</translation>
    </message>
</context>
<context>
    <name>ModelDataPage</name>
    <message>
        <source>Scan</source>
        <translation>검사</translation>
    </message>
    <message>
        <source>Model and real images</source>
        <translation>모델과 실제 이미지</translation>
    </message>
    <message>
        <source>The fine-tuned model that draws the synthetic images, and the real images they add to.</source>
        <translation>합성 이미지를 그리는 미세 조정 모델과, 합성 이미지가 더해질 실제 이미지입니다.</translation>
    </message>
    <message>
        <source>A fine-tuned model folder (a run&apos;s model/)</source>
        <translation>미세 조정된 모델 폴더 (실행의 model/)</translation>
    </message>
    <message>
        <source>The model that generates the images: a CLUE or vanilla fine-tune (a run&apos;s model/ folder). Default: the open model</source>
        <translation>이미지를 생성하는 모델: CLUE 또는 바닐라 미세 조정 (실행의 model/ 폴더). 기본값: 열린 모델</translation>
    </message>
    <message>
        <source>Choose the model folder</source>
        <translation>모델 폴더 선택</translation>
    </message>
    <message>
        <source>Whether the model has a style path (CLUE): only then can the style of each image be chosen on the Style page</source>
        <translation>모델에 스타일 경로(CLUE)가 있는지 여부: 있을 때만 스타일 페이지에서 각 이미지의 스타일을 고를 수 있습니다</translation>
    </message>
    <message>
        <source>Folder with one sub-folder per class, or a CSV</source>
        <translation>클래스마다 하위 폴더가 있는 폴더 또는 CSV</translation>
    </message>
    <message>
        <source>The real images: quotas in % count them, the memorisation check compares against them, and &quot;around real images&quot; starts from their styles</source>
        <translation>실제 이미지: % 할당량은 이 이미지 수를 기준으로 하고, 암기 검사는 이 이미지와 비교하며, &quot;실제 이미지 주변&quot;은 이 이미지들의 스타일에서 시작합니다</translation>
    </message>
    <message>
        <source>Choose the dataset folder or CSV manifest</source>
        <translation>데이터셋 폴더 또는 CSV 매니페스트 선택</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>폴더…</translation>
    </message>
    <message>
        <source>CSV manifest…</source>
        <translation>CSV 매니페스트…</translation>
    </message>
    <message>
        <source>Count the real images per class (a job; the split follows the model&apos;s run)</source>
        <translation>클래스별 실제 이미지 수 세기 (작업; 분할은 모델의 실행을 따릅니다)</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>검증</translation>
    </message>
    <message>
        <source>Real images per class. Quotas in % count the training images only, as the run split them</source>
        <translation>클래스별 실제 이미지. % 할당량은 실행이 나눈 대로 학습 이미지만 셉니다</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Real images</source>
        <translation>실제 이미지</translation>
    </message>
    <message>
        <source>The dataset could not be scanned: %1 (%2)</source>
        <translation>데이터셋을 검사할 수 없습니다: %1 (%2)</translation>
    </message>
    <message>
        <source>Open a model, or choose a fine-tuned model folder.</source>
        <translation>모델을 열거나 미세 조정된 모델 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>This model does not exist.</source>
        <translation>이 모델이 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>CLUE model with a style path (s has %1 numbers) and a style space: every style strategy can be used.</source>
        <translation>스타일 경로(s는 %1개의 수)와 스타일 공간이 있는 CLUE 모델: 모든 스타일 전략을 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>CLUE model with a style path (s has %1 numbers); no style space yet, so &quot;stratified over the PCA map&quot; falls back to the prior.</source>
        <translation>스타일 경로(s는 %1개의 수)가 있는 CLUE 모델; 아직 스타일 공간이 없어 &quot;PCA 맵 위 층화&quot;는 사전 분포로 대체됩니다.</translation>
    </message>
    <message>
        <source>No style path (a vanilla fine-tune or a base model): images differ by their seed only.</source>
        <translation>스타일 경로 없음 (바닐라 미세 조정 또는 기본 모델): 이미지는 시드로만 달라집니다.</translation>
    </message>
    <message>
        <source>Choose the real images and press Scan.</source>
        <translation>실제 이미지를 선택하고 검사를 누르세요.</translation>
    </message>
    <message>
        <source>%1 classes · training images: %2 · validation images: %3 · skipped files: %4</source>
        <translation>클래스 %1개 · 학습 이미지: %2 · 검증 이미지: %3 · 건너뛴 파일: %4</translation>
    </message>
    <message>
        <source>The model was not trained on: %1 (their prompts use the class name as is).</source>
        <translation>모델이 학습하지 않은 클래스: %1 (프롬프트에 클래스 이름을 그대로 씁니다).</translation>
    </message>
    <message>
        <source>Choose a dataset folder or CSV manifest first</source>
        <translation>먼저 데이터셋 폴더나 CSV 매니페스트를 선택하세요</translation>
    </message>
    <message>
        <source>Scan dataset</source>
        <translation>데이터셋 검사</translation>
    </message>
    <message>
        <source>Scanning %1 …</source>
        <translation>%1 검사 중 …</translation>
    </message>
    <message>
        <source>The scan was cancelled.</source>
        <translation>검사가 취소되었습니다.</translation>
    </message>
    <message>
        <source>The real images are being scanned; Next is available when the scan is done.</source>
        <translation>실제 이미지를 검사하는 중입니다. 검사가 끝나면 다음으로 넘어갈 수 있습니다.</translation>
    </message>
    <message>
        <source>Scan the real images first (Scan), so that the quotas know how many there are per class.</source>
        <translation>먼저 실제 이미지를 검사(검사)하세요. 그래야 할당량이 클래스별 이미지 수를 압니다.</translation>
    </message>
    <message>
        <source>Choose a CSV manifest</source>
        <translation>CSV 매니페스트 선택</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Choose the dataset folder</source>
        <translation>데이터셋 폴더 선택</translation>
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
    <name>OutputPage</name>
    <message>
        <source>Check for memorisation</source>
        <translation>암기 여부 검사</translation>
    </message>
    <message>
        <source>Exclude near copies</source>
        <translation>거의 복제된 이미지 제외</translation>
    </message>
    <message>
        <source>Advanced: split the work</source>
        <translation>고급: 작업 나누기</translation>
    </message>
    <message>
        <source>Save recipe…</source>
        <translation>레시피 저장…</translation>
    </message>
    <message>
        <source>Output and checks</source>
        <translation>출력과 검사</translation>
    </message>
    <message>
        <source>Where the synthetic set is written, and how it is checked against the real images.</source>
        <translation>합성 세트를 어디에 쓰고, 실제 이미지와 어떻게 비교해 검사할지 정합니다.</translation>
    </message>
    <message>
        <source>A new or existing folder outside the real images</source>
        <translation>실제 이미지 밖의 새 폴더 또는 기존 폴더</translation>
    </message>
    <message>
        <source>The synthetic set: &lt;class&gt;/&lt;class&gt;_NNNNN.png with full provenance, manifest.csv and manifest.json. Images already there are kept (a run resumes)</source>
        <translation>합성 세트: 전체 출처 정보가 담긴 &lt;class&gt;/&lt;class&gt;_NNNNN.png, manifest.csv, manifest.json. 이미 있는 이미지는 유지됩니다 (실행이 이어집니다)</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>출력 폴더 선택</translation>
    </message>
    <message>
        <source>Compare every synthetic image with the real training images and flag near copies (memorised images)</source>
        <translation>모든 합성 이미지를 실제 학습 이미지와 비교해 거의 복제된 이미지(암기된 이미지)를 표시합니다</translation>
    </message>
    <message>
        <source>Move flagged images to _excluded/ and leave them out of the manifest</source>
        <translation>표시된 이미지를 _excluded/로 옮기고 매니페스트에서 뺍니다</translation>
    </message>
    <message>
        <source>Flag an image when the nearest real image is closer than this (mean absolute pixel difference at 64², 0…1) or its feature distance is below a fifth of it</source>
        <translation>가장 가까운 실제 이미지가 이 값보다 가깝거나 (64²에서 평균 절대 픽셀 차이, 0…1) 특징 거리가 이 값의 5분의 1보다 작으면 이미지를 표시합니다</translation>
    </message>
    <message>
        <source>Which share this run makes, counted from 0 (like clue augment --shard i/N)</source>
        <translation>이 실행이 만드는 몫, 0부터 셉니다 (clue augment --shard i/N과 같음)</translation>
    </message>
    <message>
        <source>Into how many shares the plan is split: run one process per share, on one or several machines, into the same output folder</source>
        <translation>계획을 몇 몫으로 나눌지: 몫마다 프로세스 하나를 한 대 또는 여러 대의 컴퓨터에서 같은 출력 폴더로 실행합니다</translation>
    </message>
    <message>
        <source>Split a large plan over several processes or machines</source>
        <translation>큰 계획을 여러 프로세스나 컴퓨터로 나눕니다</translation>
    </message>
    <message>
        <source>Shard</source>
        <translation>샤드</translation>
    </message>
    <message>
        <source>of</source>
        <translation>/</translation>
    </message>
    <message>
        <source>Save these settings as a JSON recipe; the command line runs it with clue augment --recipe FILE</source>
        <translation>이 설정을 JSON 레시피로 저장합니다. 명령줄에서 clue augment --recipe FILE로 실행합니다</translation>
    </message>
    <message>
        <source>A saved recipe runs without the window: clue augment --recipe FILE</source>
        <translation>저장한 레시피는 창 없이 실행됩니다: clue augment --recipe FILE</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>출력 폴더</translation>
    </message>
    <message>
        <source>Near-copy threshold</source>
        <translation>거의 복제 임계값</translation>
    </message>
    <message>
        <source>The output folder %1 is a file.</source>
        <translation>출력 폴더 %1은(는) 파일입니다.</translation>
    </message>
    <message>
        <source>The output folder %1 cannot be created or written: %2 is not a writable folder.</source>
        <translation>출력 폴더 %1을(를) 만들거나 쓸 수 없습니다: %2은(는) 쓰기 가능한 폴더가 아닙니다.</translation>
    </message>
    <message>
        <source>The output folder lies inside the real images: synthetic images would be counted as real ones. Choose a folder outside %1.</source>
        <translation>출력 폴더가 실제 이미지 안에 있습니다: 합성 이미지가 실제 이미지로 세어집니다. %1 밖의 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>The recipe could not be saved to %1: %2</source>
        <translation>레시피를 %1에 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Saved. Run it from a terminal with: clue augment --recipe &quot;%1&quot;</source>
        <translation>저장했습니다. 터미널에서 실행하세요: clue augment --recipe &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Save recipe</source>
        <translation>레시피 저장</translation>
    </message>
    <message>
        <source>Augmentation recipes (*.json)</source>
        <translation>증강 레시피 (*.json)</translation>
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
    <name>PreprocessPreview</name>
    <message>
        <source>Scan a dataset to preview how its images are prepared for training</source>
        <translation>데이터셋을 검사하면 이미지가 학습용으로 어떻게 준비되는지 미리 볼 수 있습니다</translation>
    </message>
    <message>
        <source>The dataset image to preview</source>
        <translation>미리 볼 데이터셋 이미지</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>원본</translation>
    </message>
    <message>
        <source>1. Field of view</source>
        <translation>1. 시야</translation>
    </message>
    <message>
        <source>2. Mask outside</source>
        <translation>2. 바깥 가리기</translation>
    </message>
    <message>
        <source>3. Crop square</source>
        <translation>3. 정사각형 자르기</translation>
    </message>
    <message>
        <source>4. Resize</source>
        <translation>4. 크기 조정</translation>
    </message>
    <message>
        <source>The image as stored</source>
        <translation>저장된 그대로의 이미지</translation>
    </message>
    <message>
        <source>Detect the round field of view of the endoscope (threshold the dark surround, fit a circle)</source>
        <translation>내시경의 둥근 시야를 찾습니다 (어두운 주변을 임계값으로 분리하고 원을 맞춤)</translation>
    </message>
    <message>
        <source>Black out everything outside the circle (burnt-in text, time stamps, overlays)</source>
        <translation>원 바깥을 모두 검게 칠합니다 (새겨진 글자, 타임스탬프, 오버레이)</translation>
    </message>
    <message>
        <source>Crop to the circle&apos;s bounding box (or the centre) and pad to a square</source>
        <translation>원의 경계 상자(또는 중앙)로 자르고 정사각형으로 채웁니다</translation>
    </message>
    <message>
        <source>Resize to the training resolution</source>
        <translation>학습 해상도로 크기를 조정합니다</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>The preview failed: %1</source>
        <translation>미리보기 실패: %1</translation>
    </message>
    <message>
        <source>Preprocessing preview</source>
        <translation>전처리 미리보기</translation>
    </message>
    <message>
        <source>Field of view: centre (%1, %2), radius %3 px · result %4×%5 px</source>
        <translation>시야: 중심 (%1, %2), 반지름 %3 px · 결과 %4×%5 px</translation>
    </message>
    <message>
        <source>No dark surround found: the centred square is used · result %1×%2 px</source>
        <translation>어두운 주변을 찾지 못해 가운데 정사각형을 사용합니다 · 결과 %1×%2 px</translation>
    </message>
</context>
<context>
    <name>QuotaPage</name>
    <message>
        <source>Images per class</source>
        <translation>클래스별 이미지</translation>
    </message>
    <message>
        <source>Scale every class by its real training images, or type a count for a class.</source>
        <translation>각 클래스를 실제 학습 이미지 수에 비례해 늘리거나, 클래스별 개수를 직접 입력하세요.</translation>
    </message>
    <message>
        <source>Synthetic images per class as a percentage of its real training images (100–1000 %); classes set by hand keep their count</source>
        <translation>클래스별 합성 이미지 수를 실제 학습 이미지의 백분율로 (100–1000 %); 직접 정한 클래스는 개수를 유지합니다</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <source>Real (training)</source>
        <translation>실제 (학습)</translation>
    </message>
    <message>
        <source>Synthetic</source>
        <translation>합성</translation>
    </message>
    <message>
        <source>Set by hand</source>
        <translation>직접 지정</translation>
    </message>
    <message>
        <source>Per class: its real training images and how many synthetic images are made</source>
        <translation>클래스별: 실제 학습 이미지 수와 만들 합성 이미지 수</translation>
    </message>
    <message>
        <source>Synthetic images over all classes (all shards together)</source>
        <translation>모든 클래스의 합성 이미지 (모든 샤드 합계)</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>배율</translation>
    </message>
    <message>
        <source>Synthetic images of %1; typing a number sets this class by hand</source>
        <translation>%1의 합성 이미지; 숫자를 입력하면 이 클래스를 직접 지정합니다</translation>
    </message>
    <message>
        <source>Ticked: %1 gets exactly the number typed. Unticked: the scale decides</source>
        <translation>체크: %1은(는) 입력한 개수만큼 정확히 받습니다. 체크 해제: 배율이 정합니다</translation>
    </message>
    <message>
        <source>Scan the real images on the first page to see the classes.</source>
        <translation>클래스를 보려면 첫 페이지에서 실제 이미지를 검사하세요.</translation>
    </message>
    <message>
        <source>Total: %1 synthetic images for %2 real training images</source>
        <translation>합계: 실제 학습 이미지 %2장에 대해 합성 이미지 %1장</translation>
    </message>
    <message>
        <source>Every class is set to 0 images: nothing would be made.</source>
        <translation>모든 클래스가 0장으로 설정되어 아무것도 만들어지지 않습니다.</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>폴더 열기</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>생성</translation>
    </message>
    <message>
        <source>Make the synthetic set. This can take long; the window stays usable.</source>
        <translation>합성 세트를 만듭니다. 오래 걸릴 수 있지만 창은 계속 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>How many images the plan holds, per class</source>
        <translation>계획에 든 이미지 수, 클래스별</translation>
    </message>
    <message>
        <source>Cancel stops after the current image; every finished image is kept. Pressing Start again resumes: images already there are skipped, so nothing is made twice.</source>
        <translation>취소하면 현재 이미지 다음에 멈추며, 완성된 이미지는 모두 유지됩니다. 다시 시작을 누르면 이어서 진행합니다: 이미 있는 이미지는 건너뛰므로 두 번 만들지 않습니다.</translation>
    </message>
    <message>
        <source>Generate the synthetic set (a job; it resumes where an earlier run stopped)</source>
        <translation>합성 세트 생성 (작업; 이전 실행이 멈춘 곳에서 이어집니다)</translation>
    </message>
    <message>
        <source>Stop after the current image; finished images are kept</source>
        <translation>현재 이미지 다음에 멈춤; 완성된 이미지는 유지됩니다</translation>
    </message>
    <message>
        <source>Progress of the whole run</source>
        <translation>전체 실행의 진행률</translation>
    </message>
    <message>
        <source>What the job is doing now</source>
        <translation>작업이 지금 하는 일</translation>
    </message>
    <message>
        <source>What the last run made</source>
        <translation>마지막 실행이 만든 것</translation>
    </message>
    <message>
        <source>Show the output folder in the file manager</source>
        <translation>파일 관리자에서 출력 폴더 보기</translation>
    </message>
    <message>
        <source>The synthetic set could not be made: %1 (%2)</source>
        <translation>합성 세트를 만들 수 없습니다: %1 (%2)</translation>
    </message>
    <message>
        <source>Scan the real images on the first page first.</source>
        <translation>먼저 첫 페이지에서 실제 이미지를 검사하세요.</translation>
    </message>
    <message>
        <source>The plan holds %1 images: %2.</source>
        <translation>계획에 이미지 %1장: %2.</translation>
    </message>
    <message>
        <source>This run makes shard %1 of %2: %3 images.</source>
        <translation>이 실행은 샤드 %1 / %2를 만듭니다: 이미지 %3장.</translation>
    </message>
    <message>
        <source>Output: %1</source>
        <translation>출력: %1</translation>
    </message>
    <message>
        <source>Augment dataset</source>
        <translation>데이터셋 증강</translation>
    </message>
    <message>
        <source>Queued …</source>
        <translation>대기 중 …</translation>
    </message>
    <message>
        <source>Stopping after the current image …</source>
        <translation>현재 이미지 다음에 멈추는 중 …</translation>
    </message>
    <message>
        <source>Generating image %1 of %2</source>
        <translation>이미지 %1 / %2 생성 중</translation>
    </message>
    <message>
        <source>Indexing the real images for the memorisation check (%1 of %2)</source>
        <translation>암기 검사를 위해 실제 이미지 색인 중 (%1 / %2)</translation>
    </message>
    <message>
        <source>Stopped before the first image. Press Start to begin again.</source>
        <translation>첫 이미지 전에 멈췄습니다. 다시 시작하려면 시작을 누르세요.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>완료.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>멈춤.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>실패.</translation>
    </message>
    <message>
        <source>Generated: %1 · already there (skipped): %2 · flagged as near copies: %3 · excluded: %4 (of %5 planned)</source>
        <translation>생성: %1 · 이미 있음(건너뜀): %2 · 거의 복제로 표시: %3 · 제외: %4 (계획 %5장 중)</translation>
    </message>
    <message>
        <source>Manifest: %1</source>
        <translation>매니페스트: %1</translation>
    </message>
    <message>
        <source>Stopped: the finished images are kept. Press Start to resume.</source>
        <translation>멈춤: 완성된 이미지는 유지됩니다. 이어서 하려면 시작을 누르세요.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>참고: %1</translation>
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
    <name>StylePage</name>
    <message>
        <source>Style of each image</source>
        <translation>각 이미지의 스타일</translation>
    </message>
    <message>
        <source>From the prior</source>
        <translation>사전 분포에서</translation>
    </message>
    <message>
        <source>Around real images</source>
        <translation>실제 이미지 주변</translation>
    </message>
    <message>
        <source>Stratified over the PCA map</source>
        <translation>PCA 맵 위 층화</translation>
    </message>
    <message>
        <source>Style and sampling</source>
        <translation>스타일과 샘플링</translation>
    </message>
    <message>
        <source>How the style vector s of each image is chosen, and how each image is sampled.</source>
        <translation>각 이미지의 스타일 벡터 s를 고르는 방법과 각 이미지를 샘플링하는 방법입니다.</translation>
    </message>
    <message>
        <source>s ~ N(0, I): new styles, as varied as the model learnt them</source>
        <translation>s ~ N(0, I): 모델이 배운 만큼 다양한 새 스타일</translation>
    </message>
    <message>
        <source>s = μ of a real training image of the class + σ·ξ: styles close to real images</source>
        <translation>s = 클래스의 실제 학습 이미지의 μ + σ·ξ: 실제 이미지에 가까운 스타일</translation>
    </message>
    <message>
        <source>A grid over the class&apos;s region of the style space (PCA map): the styles are spread evenly. Needs the run&apos;s style space</source>
        <translation>스타일 공간(PCA 맵)에서 클래스 영역 위의 격자: 스타일이 고르게 퍼집니다. 실행의 스타일 공간이 필요합니다</translation>
    </message>
    <message>
        <source>How far the styles stray from the real image&apos;s style (0 = its own style)</source>
        <translation>스타일이 실제 이미지의 스타일에서 얼마나 벗어나는지 (0 = 그 이미지 자신의 스타일)</translation>
    </message>
    <message>
        <source>Only CLUE models (with a style path) can choose the style of an image</source>
        <translation>CLUE 모델(스타일 경로 있음)만 이미지의 스타일을 고를 수 있습니다</translation>
    </message>
    <message>
        <source>Seed of the plan: image i of a class always gets the same noise and style from it, so a resumed or sharded run makes the same images</source>
        <translation>계획의 시드: 클래스의 i번째 이미지는 항상 같은 노이즈와 스타일을 받으므로, 이어서 하거나 나눠 실행해도 같은 이미지가 만들어집니다</translation>
    </message>
    <message>
        <source>Model default</source>
        <translation>모델 기본값</translation>
    </message>
    <message>
        <source>Sampler: the algorithm that removes noise step by step</source>
        <translation>샘플러: 노이즈를 단계별로 제거하는 알고리즘</translation>
    </message>
    <message>
        <source>Sampler steps per image: more is slower, often cleaner</source>
        <translation>이미지당 샘플러 단계 수: 많을수록 느리지만 대개 더 깨끗합니다</translation>
    </message>
    <message>
        <source>Classifier-free guidance: how strongly the image follows the class prompt</source>
        <translation>분류기 없는 가이던스: 이미지가 클래스 프롬프트를 얼마나 강하게 따르는지</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
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
        <source>This model has no style path (a vanilla fine-tune or a base model), so the style of an image cannot be chosen: images differ by their seed only. Train with the CLUE mode to get one.</source>
        <translation>이 모델에는 스타일 경로가 없어 (바닐라 미세 조정 또는 기본 모델) 이미지의 스타일을 고를 수 없습니다: 이미지는 시드로만 달라집니다. 스타일 경로를 얻으려면 CLUE 모드로 학습하세요.</translation>
    </message>
    <message>
        <source>This model has no style space yet: &quot;stratified over the PCA map&quot; falls back to the prior. Compute it in the Style space view or with clue pca.</source>
        <translation>이 모델에는 아직 스타일 공간이 없습니다: &quot;PCA 맵 위 층화&quot;는 사전 분포로 대체됩니다. 스타일 공간 보기나 clue pca로 계산하세요.</translation>
    </message>
    <message>
        <source>The style vector s has %1 numbers.</source>
        <translation>스타일 벡터 s는 %1개의 수로 이루어집니다.</translation>
    </message>
</context>
<context>
    <name>StylePanel</name>
    <message>
        <source>Live preview</source>
        <translation>실시간 미리보기</translation>
    </message>
    <message>
        <source>The class to show: fills the prompt from the model&apos;s training template</source>
        <translation>보여줄 클래스: 모델의 학습 템플릿으로 프롬프트를 채웁니다</translation>
    </message>
    <message>
        <source>The prompt; choose a class above or write your own</source>
        <translation>프롬프트. 위에서 클래스를 고르거나 직접 쓰세요</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>프롬프트</translation>
    </message>
    <message>
        <source>Noise seed: stays fixed while you move the sliders, so only the style changes</source>
        <translation>노이즈 시드: 슬라이더를 움직이는 동안 고정되어 스타일만 바뀝니다</translation>
    </message>
    <message>
        <source>A new random noise seed</source>
        <translation>새 무작위 노이즈 시드</translation>
    </message>
    <message>
        <source>Style strength λs: scales the style attention (1 = as trained, 0 = no style)</source>
        <translation>스타일 강도 λs: 스타일 어텐션의 크기 (1 = 학습 그대로, 0 = 스타일 없음)</translation>
    </message>
    <message>
        <source>Style guidance ws: pushes the image further towards the style (0 = off; otherwise one extra U-Net pass per step)</source>
        <translation>스타일 가이던스 ws: 이미지를 스타일 쪽으로 더 밀어 줍니다 (0 = 끔, 그 외에는 단계마다 U-Net을 한 번 더 실행)</translation>
    </message>
    <message>
        <source>Raw dimensions</source>
        <translation>원래 차원</translation>
    </message>
    <message>
        <source>PCA directions</source>
        <translation>PCA 방향</translation>
    </message>
    <message>
        <source>Style components: raw dimensions of s (ranked by KL when a style space is known) or the principal directions of the style space</source>
        <translation>스타일 성분: s의 원래 차원(스타일 공간이 있으면 KL 순) 또는 스타일 공간의 주성분 방향</translation>
    </message>
    <message>
        <source>How many style components get a slider</source>
        <translation>슬라이더를 줄 스타일 성분의 수</translation>
    </message>
    <message>
        <source>Regenerate (same seed and noise) whenever a slider moves</source>
        <translation>슬라이더가 움직일 때마다 다시 생성 (같은 시드와 노이즈)</translation>
    </message>
    <message>
        <source>Seed of Sample style: the same seed always gives the same style vector</source>
        <translation>스타일 샘플링의 시드: 같은 시드는 항상 같은 스타일 벡터를 줍니다</translation>
    </message>
    <message>
        <source>Sample style</source>
        <translation>스타일 샘플링</translation>
    </message>
    <message>
        <source>Draw a style vector s ~ N(0, I) from the style seed, then advance the seed</source>
        <translation>스타일 시드로 스타일 벡터 s ~ N(0, I)를 뽑고 시드를 하나 올립니다</translation>
    </message>
    <message>
        <source>Encode from image…</source>
        <translation>이미지에서 인코딩…</translation>
    </message>
    <message>
        <source>Take the style of an image: the style encoder&apos;s posterior mean for it</source>
        <translation>이미지의 스타일 가져오기: 스타일 인코더의 사후 평균</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>초기화</translation>
    </message>
    <message>
        <source>s = 0, the average style</source>
        <translation>s = 0, 평균 스타일</translation>
    </message>
    <message>
        <source>Copy style</source>
        <translation>스타일 복사</translation>
    </message>
    <message>
        <source>Copy the style vector to the clipboard as text</source>
        <translation>스타일 벡터를 텍스트로 클립보드에 복사</translation>
    </message>
    <message>
        <source>Paste style</source>
        <translation>스타일 붙여넣기</translation>
    </message>
    <message>
        <source>Use a style vector copied before (comma-separated numbers)</source>
        <translation>전에 복사한 스타일 벡터 사용 (쉼표로 구분된 숫자)</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Style strength</source>
        <translation>스타일 강도</translation>
    </message>
    <message>
        <source>Style guidance</source>
        <translation>스타일 가이던스</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>성분</translation>
    </message>
    <message>
        <source>Sliders</source>
        <translation>슬라이더</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>스타일</translation>
    </message>
    <message>
        <source>Free prompt</source>
        <translation>자유 프롬프트</translation>
    </message>
    <message>
        <source>Style components: raw dimensions of s (ranked by KL) or the principal directions of the style space</source>
        <translation>스타일 성분: s의 원래 차원(KL 순) 또는 스타일 공간의 주성분 방향</translation>
    </message>
    <message>
        <source>Raw dimensions of s; PCA directions need a style space (Style space view)</source>
        <translation>s의 원래 차원. PCA 방향에는 스타일 공간이 필요합니다 (스타일 공간 보기)</translation>
    </message>
    <message>
        <source>Move s along this principal direction (explained variance %1 %)</source>
        <translation>이 주성분 방향으로 s를 움직입니다 (설명된 분산 %1 %)</translation>
    </message>
    <message>
        <source>Set this dimension of s (average KL %1)</source>
        <translation>s의 이 차원을 설정합니다 (평균 KL %1)</translation>
    </message>
</context>
<context>
    <name>StyleSpaceHolder</name>
    <message>
        <source>Load style space</source>
        <translation>스타일 공간 불러오기</translation>
    </message>
</context>
<context>
    <name>StyleSpacePlot</name>
    <message>
        <source>(no class)</source>
        <translation>(클래스 없음)</translation>
    </message>
    <message>
        <source>PC 1 (%1 % of the variance)</source>
        <translation>PC 1 (분산의 %1 %)</translation>
    </message>
    <message>
        <source>PC 2 (%1 % of the variance)</source>
        <translation>PC 2 (분산의 %1 %)</translation>
    </message>
    <message>
        <source>%1 · %2 (not readable)</source>
        <translation>%1 · %2 (읽을 수 없음)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>StyleSpaceView</name>
    <message>
        <source>Dataset for the style space</source>
        <translation>스타일 공간용 데이터셋</translation>
    </message>
    <message>
        <source>Compute style space</source>
        <translation>스타일 공간 계산</translation>
    </message>
    <message>
        <source>Computing the style space of %1 …</source>
        <translation>%1의 스타일 공간 계산 중…</translation>
    </message>
    <message>
        <source>Style space saved to %1</source>
        <translation>스타일 공간을 %1에 저장했습니다</translation>
    </message>
    <message>
        <source>Save the style space</source>
        <translation>스타일 공간 저장</translation>
    </message>
    <message>
        <source>The style space cannot be saved next to the model (the folder is not writable). Save it elsewhere?</source>
        <translation>모델 옆에 스타일 공간을 저장할 수 없습니다(폴더에 쓸 수 없음). 다른 곳에 저장할까요?</translation>
    </message>
    <message>
        <source>Style spaces (*.safetensors)</source>
        <translation>스타일 공간 (*.safetensors)</translation>
    </message>
    <message>
        <source>Save style space</source>
        <translation>스타일 공간 저장</translation>
    </message>
    <message>
        <source>Load a style space</source>
        <translation>스타일 공간 불러오기</translation>
    </message>
    <message>
        <source>Export the style space as CSV</source>
        <translation>스타일 공간을 CSV로 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Export style space</source>
        <translation>스타일 공간 내보내기</translation>
    </message>
    <message>
        <source>Exporting %1 …</source>
        <translation>%1 내보내는 중…</translation>
    </message>
    <message>
        <source>The style space could not be computed</source>
        <translation>스타일 공간을 계산할 수 없습니다</translation>
    </message>
    <message>
        <source>The style space could not be written</source>
        <translation>스타일 공간을 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>Generation failed</source>
        <translation>생성 실패</translation>
    </message>
    <message>
        <source>Compute from dataset…</source>
        <translation>데이터셋에서 계산…</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>불러오기…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV 내보내기…</translation>
    </message>
    <message>
        <source>Encode every image of a dataset with the open model&apos;s style encoder and fit the PCA map (a job); saved next to the model</source>
        <translation>열린 모델의 스타일 인코더로 데이터셋의 모든 이미지를 인코딩하고 PCA 지도를 맞춥니다(작업). 모델 옆에 저장됩니다</translation>
    </message>
    <message>
        <source>Load a saved style space (style_space.safetensors)</source>
        <translation>저장된 스타일 공간 불러오기 (style_space.safetensors)</translation>
    </message>
    <message>
        <source>Save the map as CSV: path, class, source and the PCA coordinates</source>
        <translation>지도를 CSV로 저장: 경로, 클래스, 출처, PCA 좌표</translation>
    </message>
    <message>
        <source>The class of the generated image: that of the nearest point, or a fixed one</source>
        <translation>생성할 이미지의 클래스: 가장 가까운 점의 클래스 또는 고정된 클래스</translation>
    </message>
    <message>
        <source>Noise seed of the generated images (fixed, so that only the style changes)</source>
        <translation>생성 이미지의 노이즈 시드 (고정되어 스타일만 바뀜)</translation>
    </message>
    <message>
        <source>Click the map to generate the style at that point</source>
        <translation>지도를 클릭하면 그 지점의 스타일로 생성합니다</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>The style space %1 could not be loaded</source>
        <translation>스타일 공간 %1을(를) 불러올 수 없습니다</translation>
    </message>
    <message>
        <source>Loading the style space …</source>
        <translation>스타일 공간 불러오는 중…</translation>
    </message>
    <message>
        <source>This model has no style space yet: Compute from dataset… encodes a dataset with its style encoder</source>
        <translation>이 모델에는 아직 스타일 공간이 없습니다. [데이터셋에서 계산…]이 스타일 인코더로 데이터셋을 인코딩합니다</translation>
    </message>
    <message>
        <source>Train a model to see its style space</source>
        <translation>모델을 학습하면 스타일 공간을 볼 수 있습니다</translation>
    </message>
    <message>
        <source>Nearest point&apos;s class</source>
        <translation>가장 가까운 점의 클래스</translation>
    </message>
    <message>
        <source>Open the CLUE model of this style space to generate from it.</source>
        <translation>이 스타일 공간의 CLUE 모델을 열어야 생성할 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 · PC 1 = %2, PC 2 = %3</source>
        <translation>%1 · PC 1 = %2, PC 2 = %3</translation>
    </message>
    <message>
        <source>PC 1 = %1, PC 2 = %2</source>
        <translation>PC 1 = %1, PC 2 = %2</translation>
    </message>
    <message>
        <source>The parameters cannot be used: %1</source>
        <translation>이 매개변수로는 생성할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Style-space image</source>
        <translation>스타일 공간 이미지</translation>
    </message>
    <message>
        <source>The image could not be saved</source>
        <translation>이미지를 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>Images: %1 · principal directions: %2</source>
        <translation>이미지: %1 · 주성분 방향: %2</translation>
    </message>
</context>
<context>
    <name>StyleView</name>
    <message>
        <source>Open a CLUE model first.</source>
        <translation>먼저 CLUE 모델을 여세요.</translation>
    </message>
    <message>
        <source>The parameters cannot be used: %1</source>
        <translation>이 매개변수로는 생성할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Style preview</source>
        <translation>스타일 미리보기</translation>
    </message>
    <message>
        <source>Seed %1 · %2</source>
        <translation>시드 %1 · %2</translation>
    </message>
    <message>
        <source>The image could not be saved</source>
        <translation>이미지를 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>Generation failed</source>
        <translation>생성 실패</translation>
    </message>
    <message>
        <source>The style could not be encoded</source>
        <translation>스타일을 인코딩할 수 없습니다</translation>
    </message>
    <message>
        <source>Style sampled with style seed %1.</source>
        <translation>스타일 시드 %1로 스타일을 뽑았습니다.</translation>
    </message>
    <message>
        <source>Encode the style of an image</source>
        <translation>이미지의 스타일 인코딩</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp)</source>
        <translation>이미지 (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp)</translation>
    </message>
    <message>
        <source>Encode style</source>
        <translation>스타일 인코딩</translation>
    </message>
    <message>
        <source>Encoding the style of %1 …</source>
        <translation>%1의 스타일 인코딩 중…</translation>
    </message>
    <message>
        <source>The clipboard holds no style vector: %1</source>
        <translation>클립보드에 스타일 벡터가 없습니다: %1</translation>
    </message>
    <message>
        <source>Style vector pasted.</source>
        <translation>스타일 벡터를 붙여넣었습니다.</translation>
    </message>
    <message>
        <source>Loading %1 …</source>
        <translation>%1 불러오는 중…</translation>
    </message>
    <message>
        <source>Open a CLUE model (train one in the Train view) to explore its styles</source>
        <translation>CLUE 모델을 열면(학습 보기에서 학습할 수 있음) 스타일을 탐색할 수 있습니다</translation>
    </message>
    <message>
        <source>Move a slider, or press Generate (Ctrl+Enter), to see this style</source>
        <translation>슬라이더를 움직이거나 생성(Ctrl+Enter)을 누르면 이 스타일을 볼 수 있습니다</translation>
    </message>
    <message>
        <source>Style vector copied: %1 numbers.</source>
        <translation>스타일 벡터를 복사했습니다: 숫자 %1개.</translation>
    </message>
</context>
<context>
    <name>SwapTimeline</name>
    <message>
        <source>Swap steps λ on the scheduler steps (left: noise, right: the image). Drag a marker to move it, click to add one, right-click to remove one. Keys: Left/Right move the selected marker (Ctrl: by 5), Up/Down select another, Insert adds, Delete removes.</source>
        <translation>스케줄러 단계 위의 전환 단계 λ (왼쪽: 노이즈, 오른쪽: 이미지). 표식을 끌어 옮기고, 클릭해 추가하고, 오른쪽 클릭해 제거합니다. 키: 왼쪽/오른쪽은 선택한 표식을 옮기고 (Ctrl: 5씩), 위/아래는 다른 표식을 선택하며, Insert는 추가, Delete는 제거합니다.</translation>
    </message>
    <message>
        <source>Swap step timeline</source>
        <translation>전환 단계 타임라인</translation>
    </message>
</context>
<context>
    <name>TrainProgressPanel</name>
    <message>
        <source>Open trained model</source>
        <translation>학습된 모델 열기</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>학습 손실</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>검증 손실</translation>
    </message>
    <message>
        <source>Training loss of every step and validation loss (fixed noise and timesteps); drag to pan, wheel to zoom</source>
        <translation>단계별 학습 손실과 검증 손실(고정 노이즈와 타임스텝). 드래그로 이동, 휠로 확대/축소</translation>
    </message>
    <message>
        <source>Sample grids appear here while training</source>
        <translation>학습 중 샘플 그리드가 여기에 표시됩니다</translation>
    </message>
    <message>
        <source>The latest sample grid: each class with a few styles, fixed seeds</source>
        <translation>최신 샘플 그리드: 클래스마다 몇 가지 스타일, 고정 시드</translation>
    </message>
    <message>
        <source>Open the trained model of this run (for the Generate and Style views)</source>
        <translation>이 학습 실행의 모델 열기 (생성 및 스타일 보기용)</translation>
    </message>
    <message>
        <source>Press Train to start a run; the loss curves appear here.</source>
        <translation>[학습]을 누르면 학습이 시작되고 손실 곡선이 여기에 나타납니다.</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>시작: %1</translation>
    </message>
    <message>
        <source>Step %1 of %2 · loss %3 · KL %4 · learning rate %5 · %6 images/s</source>
        <translation>단계 %1/%2 · 손실 %3 · KL %4 · 학습률 %5 · 초당 %6장</translation>
    </message>
    <message>
        <source>Checkpoint written at step %1: %2</source>
        <translation>단계 %1에서 체크포인트 저장: %2</translation>
    </message>
    <message>
        <source>Open the trained model of this run</source>
        <translation>이 학습 실행의 모델 열기</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 열기</translation>
    </message>
</context>
<context>
    <name>TrainSettingsPanel</name>
    <message>
        <source>Never</source>
        <translation>안 함</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>검사</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>이어서 학습</translation>
    </message>
    <message>
        <source>Folder with one sub-folder per class, or a CSV</source>
        <translation>클래스마다 하위 폴더가 있는 폴더 또는 CSV</translation>
    </message>
    <message>
        <source>The training images: a folder with one sub-folder per class, or a CSV manifest with the columns path and class</source>
        <translation>학습 이미지: 클래스마다 하위 폴더가 있는 폴더, 또는 path와 class 열이 있는 CSV 목록</translation>
    </message>
    <message>
        <source>Choose the dataset folder or CSV manifest</source>
        <translation>데이터셋 폴더 또는 CSV 목록 선택</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>폴더…</translation>
    </message>
    <message>
        <source>CSV manifest…</source>
        <translation>CSV 목록…</translation>
    </message>
    <message>
        <source>Check every image of the dataset and count the classes (a job; unreadable files are listed with the reason)</source>
        <translation>데이터셋의 모든 이미지를 확인하고 클래스를 셉니다 (작업. 읽을 수 없는 파일은 이유와 함께 표시)</translation>
    </message>
    <message>
        <source>The Stable Diffusion model to fine-tune (a diffusers folder or a .safetensors file)</source>
        <translation>미세 조정할 Stable Diffusion 모델 (diffusers 폴더 또는 .safetensors 파일)</translation>
    </message>
    <message>
        <source>Choose the base model</source>
        <translation>기본 모델 선택</translation>
    </message>
    <message>
        <source>Model folder…</source>
        <translation>모델 폴더…</translation>
    </message>
    <message>
        <source>Model file…</source>
        <translation>모델 파일…</translation>
    </message>
    <message>
        <source>The run folder: configuration, loss log, sample grids, checkpoints and the trained model are written here</source>
        <translation>실행 폴더: 설정, 손실 기록, 샘플 그리드, 체크포인트와 학습된 모델이 여기에 저장됩니다</translation>
    </message>
    <message>
        <source>Choose the run folder</source>
        <translation>실행 폴더 선택</translation>
    </message>
    <message>
        <source>Open run…</source>
        <translation>실행 열기…</translation>
    </message>
    <message>
        <source>Open an existing run: its settings, loss curves and latest samples</source>
        <translation>기존 실행 열기: 설정, 손실 곡선, 최신 샘플</translation>
    </message>
    <message>
        <source>Preset: fills the settings below with values that suit the data and the machine</source>
        <translation>프리셋: 데이터와 컴퓨터에 맞는 값으로 아래 설정을 채웁니다</translation>
    </message>
    <message>
        <source>CLUE (style path)</source>
        <translation>CLUE (스타일 경로)</translation>
    </message>
    <message>
        <source>Vanilla fine-tune</source>
        <translation>기본 미세 조정</translation>
    </message>
    <message>
        <source>CLUE learns a style vector s per image (style encoder + a second cross-attention); vanilla fine-tunes the U-Net only (the baseline)</source>
        <translation>CLUE는 이미지마다 스타일 벡터 s를 학습합니다(스타일 인코더 + 두 번째 교차 어텐션). 기본 방식은 U-Net만 미세 조정합니다(기준선)</translation>
    </message>
    <message>
        <source>Whole U-Net</source>
        <translation>U-Net 전체</translation>
    </message>
    <message>
        <source>New layers only</source>
        <translation>새 레이어만</translation>
    </message>
    <message>
        <source>Which weights train: the whole U-Net, or only the new style layers (U-Net frozen; faster, less memory)</source>
        <translation>학습할 가중치: U-Net 전체 또는 새 스타일 레이어만 (U-Net 고정, 더 빠르고 메모리 적게 사용)</translation>
    </message>
    <message>
        <source>Optimizer steps to train</source>
        <translation>학습할 옵티마이저 단계 수</translation>
    </message>
    <message>
        <source>Images per optimizer step</source>
        <translation>옵티마이저 단계당 이미지 수</translation>
    </message>
    <message>
        <source>Learning rate of the U-Net weights (1e-5 is typical)</source>
        <translation>U-Net 가중치의 학습률 (보통 1e-5)</translation>
    </message>
    <message>
        <source>Learning rate of the new layers: style attention, token projector, style encoder</source>
        <translation>새 레이어의 학습률: 스타일 어텐션, 토큰 프로젝터, 스타일 인코더</translation>
    </message>
    <message>
        <source>β: weight of the KL term that keeps s close to N(0, I); larger = smoother style space, less detail</source>
        <translation>β: s를 N(0, I) 가까이 유지하는 KL 항의 가중치. 클수록 스타일 공간이 매끄럽고 세부가 줄어듭니다</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Model native</source>
        <translation>모델 기본 크기</translation>
    </message>
    <message>
        <source>Training image size in pixels; images are preprocessed to this square size</source>
        <translation>학습 이미지 크기(픽셀). 이미지를 이 정사각형 크기로 전처리합니다</translation>
    </message>
    <message>
        <source>The training prompt; {class} is replaced by each image&apos;s class</source>
        <translation>학습 프롬프트. {class}는 각 이미지의 클래스로 바뀝니다</translation>
    </message>
    <message>
        <source>Steps between validation-loss measurements (fixed noise and timesteps)</source>
        <translation>검증 손실 측정 간격(단계, 고정 노이즈와 타임스텝)</translation>
    </message>
    <message>
        <source>Steps between sample grids (each class with a few styles)</source>
        <translation>샘플 그리드 간격(단계, 클래스마다 몇 가지 스타일)</translation>
    </message>
    <message>
        <source>Steps between checkpoints (Stop always writes one)</source>
        <translation>체크포인트 간격(단계, 중지하면 항상 하나 저장)</translation>
    </message>
    <message>
        <source>Start a new run in the run folder</source>
        <translation>실행 폴더에서 새 학습 시작</translation>
    </message>
    <message>
        <source>Stop after the current step; a checkpoint is written so that nothing is lost</source>
        <translation>현재 단계 후 중지합니다. 체크포인트를 저장하므로 잃는 것이 없습니다</translation>
    </message>
    <message>
        <source>Continue the run in the run folder from its latest checkpoint</source>
        <translation>실행 폴더의 학습을 최신 체크포인트부터 이어서 진행</translation>
    </message>
    <message>
        <source>Data and model</source>
        <translation>데이터와 모델</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>기본 모델</translation>
    </message>
    <message>
        <source>Run folder</source>
        <translation>실행 폴더</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>프리셋</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>방식</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <source>LR U-Net</source>
        <translation>U-Net 학습률</translation>
    </message>
    <message>
        <source>LR new layers</source>
        <translation>새 레이어 학습률</translation>
    </message>
    <message>
        <source>KL weight β</source>
        <translation>KL 가중치 β</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>해상도</translation>
    </message>
    <message>
        <source>Prompt template</source>
        <translation>프롬프트 템플릿</translation>
    </message>
    <message>
        <source>Validate every</source>
        <translation>검증 간격</translation>
    </message>
    <message>
        <source>Samples every</source>
        <translation>샘플 간격</translation>
    </message>
    <message>
        <source>Checkpoint every</source>
        <translation>체크포인트 간격</translation>
    </message>
    <message>
        <source>A few hundred images (GPU)</source>
        <translation>이미지 수백 장 (GPU)</translation>
    </message>
    <message>
        <source>Small model on the CPU</source>
        <translation>CPU에서 작은 모델</translation>
    </message>
    <message>
        <source>Smoke test (a few steps)</source>
        <translation>간단 테스트 (몇 단계)</translation>
    </message>
    <message>
        <source>Choose the dataset folder</source>
        <translation>데이터셋 폴더 선택</translation>
    </message>
    <message>
        <source>Choose the CSV manifest</source>
        <translation>CSV 목록 선택</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Choose the base model folder</source>
        <translation>기본 모델 폴더 선택</translation>
    </message>
    <message>
        <source>Choose the base model file</source>
        <translation>기본 모델 파일 선택</translation>
    </message>
    <message>
        <source>Safetensors checkpoints (*.safetensors)</source>
        <translation>Safetensors 체크포인트 (*.safetensors)</translation>
    </message>
</context>
<context>
    <name>TrainView</name>
    <message>
        <source>Dataset</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <source>Classes and image counts of the scanned dataset, and the skipped files</source>
        <translation>검사한 데이터셋의 클래스와 이미지 수, 건너뛴 파일</translation>
    </message>
    <message>
        <source>Preprocessing</source>
        <translation>전처리</translation>
    </message>
    <message>
        <source>How the images are prepared for training, stage by stage</source>
        <translation>이미지가 학습용으로 준비되는 과정(단계별)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진행</translation>
    </message>
    <message>
        <source>Loss curves and sample grids of the run</source>
        <translation>이 실행의 손실 곡선과 샘플 그리드</translation>
    </message>
    <message>
        <source>Choose a dataset folder or CSV manifest first</source>
        <translation>먼저 데이터셋 폴더나 CSV 목록을 고르세요</translation>
    </message>
    <message>
        <source>Scan dataset</source>
        <translation>데이터셋 검사</translation>
    </message>
    <message>
        <source>Scanning %1 …</source>
        <translation>%1 검사 중…</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>The run folder %1 already holds a run.</source>
        <translation>실행 폴더 %1에 이미 학습 실행이 있습니다.</translation>
    </message>
    <message>
        <source>Resume it from its latest checkpoint, or start over (its checkpoints are replaced)?</source>
        <translation>최신 체크포인트부터 이어서 할까요, 아니면 처음부터 다시 할까요(체크포인트가 교체됨)?</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>이어서 학습</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>처음부터</translation>
    </message>
    <message>
        <source>The training settings cannot be used</source>
        <translation>이 학습 설정은 사용할 수 없습니다</translation>
    </message>
    <message>
        <source>Resuming …</source>
        <translation>이어서 진행 중…</translation>
    </message>
    <message>
        <source>Starting …</source>
        <translation>시작하는 중…</translation>
    </message>
    <message>
        <source>Training resumes.</source>
        <translation>학습을 이어서 진행합니다.</translation>
    </message>
    <message>
        <source>Training queued.</source>
        <translation>학습이 대기열에 추가되었습니다.</translation>
    </message>
    <message>
        <source>Stopping after the current step; a checkpoint is written …</source>
        <translation>현재 단계 후 중지합니다. 체크포인트 저장 중…</translation>
    </message>
    <message>
        <source>Stopped at step %1; checkpoint: %2 (Resume continues from there)</source>
        <translation>단계 %1에서 중지함. 체크포인트: %2 ([이어서 학습]은 여기서 계속)</translation>
    </message>
    <message>
        <source>Finished: %1 steps · last loss %2 · validation loss %3</source>
        <translation>완료: %1단계 · 마지막 손실 %2 · 검증 손실 %3</translation>
    </message>
    <message>
        <source>Open run</source>
        <translation>실행 열기</translation>
    </message>
    <message>
        <source>Run %1: no steps logged yet.</source>
        <translation>실행 %1: 아직 기록된 단계가 없습니다.</translation>
    </message>
    <message>
        <source>Run %1: %2 steps logged, last loss %3</source>
        <translation>실행 %1: %2단계 기록됨, 마지막 손실 %3</translation>
    </message>
    <message>
        <source>The scan was cancelled.</source>
        <translation>검사가 취소되었습니다.</translation>
    </message>
    <message>
        <source>Training stopped.</source>
        <translation>학습을 중지했습니다.</translation>
    </message>
    <message>
        <source>Training finished.</source>
        <translation>학습이 끝났습니다.</translation>
    </message>
    <message>
        <source>The dataset could not be scanned.</source>
        <translation>데이터셋을 검사할 수 없습니다.</translation>
    </message>
    <message>
        <source>The dataset could not be scanned</source>
        <translation>데이터셋을 검사할 수 없습니다</translation>
    </message>
    <message>
        <source>Training failed.</source>
        <translation>학습 실패.</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>학습 실패</translation>
    </message>
    <message>
        <source>The run could not be opened</source>
        <translation>실행을 열 수 없습니다</translation>
    </message>
    <message>
        <source>Dataset scanned. Usable images: %1.</source>
        <translation>데이터셋 검사 완료. 사용 가능한 이미지: %1장.</translation>
    </message>
</context>
<context>
    <name>TrajectoryPanel</name>
    <message>
        <source>e.g. the normal class</source>
        <translation>예: 정상 클래스</translation>
    </message>
    <message>
        <source>Neutral prompt e: conditions the first λ steps of every image (and all steps of the neutral image)</source>
        <translation>중립 프롬프트 e: 모든 이미지의 처음 λ단계(그리고 중립 이미지의 모든 단계)를 조건화합니다</translation>
    </message>
    <message>
        <source>e.g. a class with the attribute</source>
        <translation>예: 속성이 있는 클래스</translation>
    </message>
    <message>
        <source>Attribute prompt e′: replaces the neutral prompt after step λ</source>
        <translation>속성 프롬프트 e′: 단계 λ 이후 중립 프롬프트를 대신합니다</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Sampler; one step is one scheduler step (the authors use DDIM)</source>
        <translation>샘플러. 한 단계는 스케줄러 한 단계입니다 (저자들은 DDIM 사용)</translation>
    </message>
    <message>
        <source>Sampling steps N; the swap steps λ count these (the authors use 50)</source>
        <translation>샘플링 단계 수 N. 전환 단계 λ는 이 단계를 셉니다 (저자들은 50 사용)</translation>
    </message>
    <message>
        <source>CFG scale (the authors use 7.5)</source>
        <translation>CFG 스케일 (저자들은 7.5 사용)</translation>
    </message>
    <message>
        <source>Seed: one noise for every λ, so that only the swap step differs between the images</source>
        <translation>시드: 모든 λ에 같은 노이즈를 써서 이미지 사이에 전환 단계만 다르게 합니다</translation>
    </message>
    <message>
        <source>A new random seed</source>
        <translation>새 무작위 시드</translation>
    </message>
    <message>
        <source>Swap steps λ, comma-separated: the attribute prompt takes over after step λ (large λ: late swap, close to the neutral image; small λ: a strong edit). The timeline edits the same list.</source>
        <translation>쉼표로 구분한 전환 단계 λ: 단계 λ 이후 속성 프롬프트가 이어받습니다 (큰 λ: 늦은 전환, 중립 이미지에 가까움; 작은 λ: 강한 편집). 타임라인도 같은 목록을 편집합니다.</translation>
    </message>
    <message>
        <source>Frames K sampled along the Bézier path (decoded after the run; the curve slider shows them at once and decodes exact points between them)</source>
        <translation>베지어 경로에서 뽑는 프레임 수 K (실행 후 디코딩되며, 곡선 슬라이더가 바로 보여 주고 그 사이의 정확한 지점을 디코딩합니다)</translation>
    </message>
    <message>
        <source>Run the prompt swap for every λ, then decode the Bézier frames (Ctrl+Enter)</source>
        <translation>모든 λ에 대해 프롬프트 전환을 실행한 뒤 베지어 프레임을 디코딩합니다 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Stop the run after the current step (Esc)</source>
        <translation>현재 단계가 끝나면 실행을 멈춥니다 (Esc)</translation>
    </message>
    <message>
        <source>Neutral prompt</source>
        <translation>중립 프롬프트</translation>
    </message>
    <message>
        <source>Attribute prompt</source>
        <translation>속성 프롬프트</translation>
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
        <source>Swap steps λ</source>
        <translation>전환 단계 λ</translation>
    </message>
    <message>
        <source>Frames K</source>
        <translation>프레임 수 K</translation>
    </message>
    <message>
        <source>&lt;b&gt;Prompt-swap trajectory&lt;/b&gt;</source>
        <translation>&lt;b&gt;프롬프트 전환 궤적&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Swap steps: whole numbers separated by commas, e.g. 45, 40, 35</source>
        <translation>전환 단계: 쉼표로 구분한 정수, 예: 45, 40, 35</translation>
    </message>
</context>
<context>
    <name>TrajectoryStrip</name>
    <message>
        <source>One image per swap step λ, the neutral image first; under each: λ and the cosine between its latent direction and the strongest edit&apos;s. Click one to show it.</source>
        <translation>전환 단계 λ마다 이미지 하나, 중립 이미지가 맨 앞입니다. 각 이미지 아래에 λ와, 그 잠재 방향과 가장 강한 편집의 방향 사이 코사인이 표시됩니다. 클릭하면 크게 보여 줍니다.</translation>
    </message>
    <message>
        <source>Trajectory strip</source>
        <translation>궤적 스트립</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>중립</translation>
    </message>
    <message>
        <source>λ = %1</source>
        <translation>λ = %1</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>계산됨</translation>
    </message>
    <message>
        <source>running …</source>
        <translation>실행 중 …</translation>
    </message>
    <message>
        <source>no swap</source>
        <translation>전환 없음</translation>
    </message>
    <message>
        <source>cos %1</source>
        <translation>cos %1</translation>
    </message>
    <message>
        <source>The neutral image: the neutral prompt for all %1 steps</source>
        <translation>중립 이미지: %1단계 모두 중립 프롬프트</translation>
    </message>
    <message>
        <source>The attribute prompt for all %1 steps</source>
        <translation>%1단계 모두 속성 프롬프트</translation>
    </message>
    <message>
        <source>The neutral prompt for steps 1–%1, the attribute prompt for steps %2–%3</source>
        <translation>1–%1단계는 중립 프롬프트, %2–%3단계는 속성 프롬프트</translation>
    </message>
</context>
<context>
    <name>TrajectoryView</name>
    <message>
        <source>&lt;b&gt;Swap steps λ&lt;/b&gt; — drag a marker to move it, click to add one, right-click to remove one (step 0: pure noise, right end: the image)</source>
        <translation>&lt;b&gt;전환 단계 λ&lt;/b&gt; — 표식을 끌어 옮기고, 클릭해 추가하고, 오른쪽 클릭해 제거합니다 (단계 0: 순수 노이즈, 오른쪽 끝: 이미지)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Direction cosine&lt;/b&gt; along the trajectory</source>
        <translation>궤적을 따른 &lt;b&gt;방향 코사인&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Swap steps must be different numbers from 0 to %1; the others were dropped.</source>
        <translation>전환 단계는 0부터 %1까지의 서로 다른 수여야 합니다. 나머지는 제외했습니다.</translation>
    </message>
    <message>
        <source>Control point %1 · %2</source>
        <translation>제어점 %1 · %2</translation>
    </message>
    <message>
        <source>A trajectory is already running.</source>
        <translation>궤적이 이미 실행 중입니다.</translation>
    </message>
    <message>
        <source>Open a model first.</source>
        <translation>먼저 모델을 여세요.</translation>
    </message>
    <message>
        <source>Trajectory</source>
        <translation>궤적</translation>
    </message>
    <message>
        <source>Trajectory: %1 images, then %2 frames along the Bézier path …</source>
        <translation>궤적: 이미지 %1장, 이어서 베지어 경로의 프레임 %2개 …</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1</source>
        <translation>
            <numerusform>파일 %n개를 %1에 내보냈습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Trajectory ready: %1 images, %2 frames.</source>
        <translation>궤적 완료: 이미지 %1장, 프레임 %2개.</translation>
    </message>
    <message>
        <source>Trajectory cancelled.</source>
        <translation>궤적을 취소했습니다.</translation>
    </message>
    <message>
        <source>The trajectory failed</source>
        <translation>궤적 생성에 실패했습니다</translation>
    </message>
    <message>
        <source>The point on the Bézier path could not be decoded</source>
        <translation>베지어 경로의 지점을 디코딩할 수 없습니다</translation>
    </message>
    <message>
        <source>The trajectory could not be exported</source>
        <translation>궤적을 내보낼 수 없습니다</translation>
    </message>
    <message>
        <source>Bézier point</source>
        <translation>베지어 지점</translation>
    </message>
    <message>
        <source>Loading %1 …</source>
        <translation>%1 불러오는 중…</translation>
    </message>
    <message>
        <source>Open a model to start (File ▸ Open the demo model)</source>
        <translation>시작하려면 모델을 여세요 (파일 ▸ 데모 모델 열기)</translation>
    </message>
    <message numerus="yes">
        <source>Running the prompt swap for %n swap step(s) …</source>
        <translation>
            <numerusform>전환 단계 %n개에 대해 프롬프트 전환 실행 중 …</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick a neutral and an attribute prompt, set the swap steps on the timeline, then press Run (Ctrl+Enter)</source>
        <translation>중립 프롬프트와 속성 프롬프트를 고르고 타임라인에서 전환 단계를 정한 뒤 실행을 누르세요 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>The folder the exports are written to (created when missing); a new one under the output folder after each run</source>
        <translation>내보낸 파일을 쓸 폴더 (없으면 만듭니다). 실행할 때마다 출력 폴더 아래에 새 폴더가 정해집니다</translation>
    </message>
    <message>
        <source>Run a trajectory first</source>
        <translation>먼저 궤적을 실행하세요</translation>
    </message>
    <message>
        <source>Pick the export folder</source>
        <translation>내보내기 폴더 선택</translation>
    </message>
    <message>
        <source>Export the trajectory to</source>
        <translation>궤적을 내보낼 위치</translation>
    </message>
    <message>
        <source>Strip PNG</source>
        <translation>스트립 PNG</translation>
    </message>
    <message>
        <source>strip.png: the images of every λ side by side, labelled</source>
        <translation>strip.png: 모든 λ의 이미지를 나란히, 라벨과 함께</translation>
    </message>
    <message>
        <source>Frames PNG</source>
        <translation>프레임 PNG</translation>
    </message>
    <message>
        <source>frames/frame_000.png …: the Bézier frames</source>
        <translation>frames/frame_000.png …: 베지어 프레임</translation>
    </message>
    <message>
        <source>Animated GIF</source>
        <translation>애니메이션 GIF</translation>
    </message>
    <message>
        <source>trajectory.gif: the Bézier frames as a looping animation</source>
        <translation>trajectory.gif: 베지어 프레임을 반복 애니메이션으로</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>trajectory.csv: λ and the direction and turn cosines per control point</source>
        <translation>trajectory.csv: 제어점별 λ, 방향 코사인과 꺾임 코사인</translation>
    </message>
    <message>
        <source>Export all</source>
        <translation>모두 내보내기</translation>
    </message>
    <message>
        <source>All of the above into the export folder</source>
        <translation>위의 모든 것을 내보내기 폴더에</translation>
    </message>
    <message>
        <source>Export trajectory</source>
        <translation>궤적 내보내기</translation>
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
    <message>
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Unknown view %1; use one of: %2</source>
        <translation>알 수 없는 보기 %1. 다음 중 하나를 쓰세요: %2</translation>
    </message>
    <message>
        <source>Open a wizard once the model is loaded: augment, or augment:PAGE to go on to page 1-5 (with --generate: press Start there); --grab then saves the wizard.</source>
        <translation>모델이 로드되면 마법사를 엽니다: augment, 또는 1-5 페이지로 가려면 augment:PAGE (--generate와 함께: 그 페이지에서 시작을 누름); 이때 --grab은 마법사를 저장합니다.</translation>
    </message>
    <message>
        <source>Fill the augmentation wizard from this recipe (clue augment --recipe).</source>
        <translation>이 레시피로 증강 마법사를 채웁니다 (clue augment --recipe).</translation>
    </message>
    <message>
        <source>file.json</source>
        <translation>file.json</translation>
    </message>
    <message>
        <source>Unknown wizard %1; use augment</source>
        <translation>알 수 없는 마법사 %1; augment를 쓰세요</translation>
    </message>
    <message>
        <source>Show this evaluation report (results.json) in the Evaluate view.</source>
        <translation>이 평가 보고서(results.json)를 평가 보기에 표시합니다.</translation>
    </message>
    <message>
        <source>results.json</source>
        <translation>results.json</translation>
    </message>
    <message>
        <source>Cannot read the report %1</source>
        <translation>보고서 %1을(를) 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>Open this view: generate, train, style, style-space, trajectory, background or evaluate.</source>
        <translation>이 보기를 엽니다: generate, train, style, style-space, trajectory, background 또는 evaluate.</translation>
    </message>
    <message>
        <source>Background view: open this reference image (with --generate: replace its background once the model is loaded).</source>
        <translation>배경 보기: 이 참조 이미지를 엽니다 (--generate와 함께: 모델을 불러오면 배경을 교체합니다).</translation>
    </message>
    <message>
        <source>image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Background view: the subject word of the prompt.</source>
        <translation>배경 보기: 프롬프트의 대상 단어.</translation>
    </message>
    <message>
        <source>word</source>
        <translation>단어</translation>
    </message>
    <message>
        <source>Cannot read the image %1</source>
        <translation>이미지 %1을(를) 읽을 수 없습니다</translation>
    </message>
</context>
</TS>
