"""Sentences in the shapes of many fields (vision, speech, NLP, RL, retrieval, graphs,
medicine, efficiency), written for this project rather than taken from any corpus.

Each gives the (model, benchmark, value) score lines it must produce, and nothing else
as a score: a check that the rules generalise beyond the abstracts they were developed on.
"""

from __future__ import annotations

import pytest

from leaderboard.extract import Extractor
from leaderboard.models import Document

CASES = [
 ("Foo: x", "Our method achieves a mean average precision of 42.7 on MS COCO test-dev.", [("Foo","MS COCO test-dev",42.7)]),
 ("SegX: x", "SegX obtains 84.2% mIoU on Cityscapes and 52.1% mIoU on ADE20K.", [("SegX","Cityscapes",84.2),("SegX","ADE20K",52.1)]),
 ("TTS: x", "On LJSpeech, our model reaches a MOS of 4.52, close to ground truth (4.58).", [("TTS","LJSpeech",4.52)]),
 ("RetroR: x", "RetroR improves nDCG@10 on BEIR from 48.2 to 51.9.", [("RetroR","BEIR",51.9)]),
 ("BotX: x", "In simulation, BotX achieves a success rate of 87% on the Meta-World MT10 benchmark.", [("BotX","Meta-World MT10",87)]),
 ("GNN+: x", "GNN+ sets a new state of the art on ogbg-molpcba with an AP of 31.2.", [("GNN+","ogbg-molpcba",31.2)]),
 ("MTx: x", "MTx reaches 35.4 BLEU on WMT14 En-De and 43.1 BLEU on WMT14 En-Fr.", [("MTx","WMT14 En-De",35.4),("MTx","WMT14 En-Fr",43.1)]),
 ("Det: x", "Det-L achieves 56.3 AP on COCO val2017 at 78 FPS on a V100.", [("Det-L","COCO val2017",56.3),("Det-L","COCO val2017",78.0)]),
 ("Sum: x", "On CNN/DailyMail, Sum achieves ROUGE-L of 41.2, surpassing BART (40.9).", [("Sum","CNN/DailyMail",41.2),("BART","CNN/DailyMail",40.9)]),
 ("VLM: x", "VLM-13B scores 78.5 on VQAv2 and 61.3 on GQA, outperforming LLaVA-1.5-13B.", [("VLM-13B","VQAv2",78.5),("VLM-13B","GQA",61.3)]),
 ("Agent: x", "Our agent solves 71.2% of tasks in ALFWorld and achieves a score of 62.4 on WebShop.", [("Agent","ALFWorld",71.2),("Agent","WebShop",62.4)]),
 ("Gen: x", "Gen achieves an FID of 2.15 on ImageNet 512x512 and an IS of 280.3.", [("Gen","ImageNet 512x512",2.15),("Gen","ImageNet 512x512",280.3)]),
 ("TS: x", "On ETTh1, TS reduces MSE to 0.361, compared with 0.375 for PatchTST.", [("TS","ETTh1",0.361),("PatchTST","ETTh1",0.375)]),
 ("MedSeg: x", "MedSeg attains Dice scores of 0.89 and 0.81 on BraTS and LiTS, respectively.", [("MedSeg","BraTS",0.89),("MedSeg","LiTS",0.81)]),
 ("Rec: x", "Rec outperforms SASRec by 12.3% in Recall@20 on Amazon-Books.", []),
 ("Coder: x", "Coder-7B achieves 72.6% pass@1 on HumanEval, comparable to GPT-3.5 (72.5%).", [("Coder-7B","HumanEval",72.6),("GPT-3.5","HumanEval",72.5)]),
 ("Math: x", "With majority voting, Math-7B reaches 60.1% accuracy on the MATH benchmark.", [("Math-7B","MATH",60.1)]),
 ("Speak: x", "Speak achieves an equal error rate of 0.68% on VoxCeleb1-O.", [("Speak","VoxCeleb1-O",0.68)]),
 ("Track: x", "Track achieves 79.8 HOTA and 91.2 IDF1 on MOT17.", [("Track","MOT17",79.8),("Track","MOT17",91.2)]),
 ("Depth: x", "On KITTI, Depth attains an AbsRel of 0.051.", [("Depth","KITTI",0.051)]),
 ("QA: x", "QA-Large obtains 91.2 EM and 94.6 F1 on SQuAD 1.1.", [("QA-Large","SQuAD 1.1",91.2),("QA-Large","SQuAD 1.1",94.6)]),
 ("Nav: x", "On R2R val-unseen, Nav achieves 72% SR and 61% SPL.", [("Nav","R2R val-unseen",72),("Nav","R2R val-unseen",61)]),
 ("Cls: x", "Cls reaches 88.5% top-1 accuracy on ImageNet-1K with 22M parameters and 4.5 GFLOPs.", [("Cls","ImageNet",88.5)]),
 ("NER: x", "Our approach yields F1 scores of 93.4, 89.1 and 76.5 on CoNLL-2003, OntoNotes 5.0 and WNUT-17, respectively.", [("NER","CoNLL-2003",93.4),("NER","OntoNotes 5.0",89.1),("NER","WNUT-17",76.5)]),
 ("RL: x", "RL attains a normalized score of 92.3 on D4RL locomotion tasks.", [("RL","D4RL",92.3)]),
 ("LLMx: x", "LLMx-8B outperforms Llama-3-70B on GSM8K (84.1 vs. 82.3) and MATH (52.0 vs. 50.4).", [("LLMx-8B","GSM8K",84.1),("Llama-3-70B","GSM8K",82.3),("LLMx-8B","MATH",52.0),("Llama-3-70B","MATH",50.4)]),
 ("SpeechY: x", "Our system achieves a word error rate of 2.1% on LibriSpeech test-clean and 4.3% on test-other.", [("SpeechY","LibriSpeech test-clean",2.1),("SpeechY","LibriSpeech test-other",4.3)]),
 ("SpeechY: x", "Without a language model, the error rate is 5.2% on test-other.", []),
 ("VOS: x", "Our method achieves top-rank performance on DAVIS 2017 val and test-dev (88.1%, 83.0%), YouTube-VOS 2019 val (86.6%) while running in real time.", [("VOS","DAVIS 2017 val",88.1),("VOS","DAVIS 2017 test-dev",83.0),("VOS","YouTube-VOS 2019 val",86.6)]),
 ("VOS: x", "Our tracker is fast, e.g., 86.1 J&F at 42 FPS on DAVIS and 84.4 J&F at 23 FPS on YouTube-VOS.", [("VOS","DAVIS",86.1),("VOS","DAVIS",42),("VOS","YouTube-VOS",84.4),("VOS","YouTube-VOS",23)]),
 ("MT: x", "We evaluate on 10 translation directions from the WMT'21 (2 directions) and WMT'22 (8 directions) test sets, where MT reaches 34.2 BLEU on WMT'22.", [("MT","WMT'22",34.2)]),
 ("Det: x", "The experimental results show that the Det model has R = 0.946, mAP_0.5:0.95 = 0.656 and FPS = 50 on the SAR-Ship dataset and mAP_0.5 = 0.964 and R = 0.940 on the SSDD dataset.", [("Det","SAR-Ship",0.946),("Det","SAR-Ship",0.656),("Det","SAR-Ship",50),("Det","SSDD",0.964),("Det","SSDD",0.94)]),
 ("Ens: x", "On the ScreenSpot-Pro dataset, the ‘Scanner’ and ‘Locator’ models achieve only 2.0% and 3.7% accuracy respectively, while Ens yields 35.7%.", [("Scanner","ScreenSpot-Pro",2.0),("Locator","ScreenSpot-Pro",3.7),("Ens","ScreenSpot-Pro",35.7)]),
 ("MedRAG: x", "Our fine-tuned Mistral 7B model achieves 71.8% accuracy on PubMedQA, substantially improving over the 55.4% zero-shot baseline.", [("fine-tuned Mistral 7B","PubMedQA",71.8)]),
 ("SQL: x", "On Spider, GPT-4 only achieves 54.9% in execution accuracy, which is still far from the human result of 92.9%.", [("GPT-4","Spider",54.9),("humans","Spider",92.9)]),
 ("A Hybrid Architecture for Intrusion Detection", "This paper introduces NetGuard, a hybrid architecture for intrusion detection. The model achieved high efficacy across all datasets, with F1-Scores of 99.04% (NSL-KDD) and 91.92% (UNSW-NB15).", [("NetGuard","NSL-KDD",99.04),("NetGuard","UNSW-NB15",91.92)]),
 ("A Neural Malware Detector for Embedded Devices", "Extensive experiments were conducted using the latest CIC-Malmem-2022 dataset. The model achieved a test accuracy of 99.97, distinguishing benign and malicious files.", [(None,"CIC-Malmem-2022",99.97)]),
 ("From Field to Table: The CropSeg Dataset for Weed Detection", "Our dataset covers all growth stages. The best model reached a segmentation average precision of 79.1% across all plant classes.", [(None,"CropSeg",79.1)]),
 ("BCP: x", "For instance, the open-source model Search-R1, when paired with the BM25 retriever, achieves 3.86% accuracy on BrowseComp-Plus, whereas GPT-5 achieves 55.9%.", [("Search-R1","BrowseComp-Plus",3.86),("GPT-5","BrowseComp-Plus",55.9)]),
 ("Light: x", "With AIME24 & 25 scores of 74.0 and 60.2 respectively, Light-14B surpasses even many 32B models.", [("Light","AIME24",74.0),("Light","AIME25",60.2)]),
 ("Gen: x", "For example, Gen achieves 4.53 FID (NFE=2) on CIFAR-10 with only 0.64 hours of fine-tuning.", [("Gen","CIFAR-10",4.53)]),
 ("CUBE: x", "Agents achieve 67% success rates on UI-CUBE (compared to 97.9% human performance), and human evaluators with no prior experience achieve only 61.2% on UI-CUBE.", [("CUBE","UI-CUBE",67),("humans","UI-CUBE",97.9),("humans","UI-CUBE",61.2)]),
 ("Art: x", "Notably, even the best-performing model only achieves 22.48 on ArtBench, while the best general-purpose model only achieves 6.81.", [("Art","ArtBench",22.48),("Art","ArtBench",6.81)]),
 ("Prover: x", "Prover-32B achieves 88.1% on MiniF2F at pass@32 in standard mode and 90.4% in self-correction mode.", [("Prover-32B","MiniF2F",88.1),("Prover-32B","MiniF2F",90.4)]),
 ("Prover: x", "Our model solves 86 problems on PutnamBench, surpassing DeepSeek-Prover-V2's record of solving 47 problems.", [("Prover","PutnamBench",86),("DeepSeek-Prover-V2","PutnamBench",47)]),
 ("ECG: x", "The F1 scores of ECGNet were 0.91 in RBDB and 0.93 in SHDB, compared to 0.89 in RBDB and 0.91 in SHDB for ArNet2.", [("ECGNet","RBDB",0.91),("ECGNet","SHDB",0.93),("ArNet2","RBDB",0.89),("ArNet2","SHDB",0.91)]),
 ("Emotion Recognition with LSTM Networks", "Using a popular dataset of multi-channel EEG recordings known as DEAP, we train an LSTM. We obtain accuracies of 89.89% and 90.33% for arousal and valence, respectively.", [(None,"DEAP",89.89),(None,"DEAP",90.33)]),
 ("ASR: x", "We present state-of-the-art performance on the LibriSpeech corpus with two new networks. Rescoring further improves the performance, achieving WERs of 1.75% on test-clean and 4.46% on test-other.", [("ASR","LibriSpeech test-clean",1.75),("ASR","LibriSpeech test-other",4.46)]),
 ("Hybrid: x", "For example, HybridNet achieves 86.0% ImageNet top-1 accuracy without extra data, and 89.77% with extra JFT data.", [("HybridNet","ImageNet",86.0),("HybridNet","ImageNet",89.77)]),
 ("Diff: x", "Our improvements yield a new state-of-the-art FID of 1.79 for CIFAR-10 in a class-conditional setting.", [("Diff","CIFAR-10",1.79)]),
 ("Distillation made simple: a study", "In particular, we obtain a state-of-the-art ResNet-50 model for ImageNet, which achieves 82.8% top-1 accuracy.", [("ResNet-50","ImageNet",82.8)]),
 ("Det: x", "For YOLO-Nano with only 0.91M parameters and 1.08G FLOPs, we get 25.3% AP on COCO; for YOLOv3, one of the most widely used detectors, we boost it to 47.3% AP on COCO.", [("YOLO-Nano","COCO",25.3),("YOLOv3","COCO",47.3)]),
 ("CodeGen: x", "For instance, CodeGen improves the pass@1 metric on HumanEval to 65.8%, an absolute improvement of 18.8% over the code-davinci-002 model.", [("CodeGen","HumanEval",65.8)]),
 ("Exploring the Limits of Outcome Rewards", "This paper proposes a new RL framework, termed OREAL. We theoretically prove that behavior cloning on positive trajectories from best-of-N (BoN) sampling is sufficient. With OREAL, a 7B model can obtain 94.0 pass@1 accuracy on MATH-500.", [("OREAL","MATH-500",94.0)]),
 ("Dual Selector for State Tracking", "To address this, we devise the two-stage DSS-DST which consists of a selector and a generator. Our method achieves 56.93% joint accuracy on MultiWOZ 2.0.", [("DSS-DST","MultiWOZ 2.0",56.93)]),
 ("Integrators for Diffusion", "Applied to Phase Space Langevin Diffusion [Pandey & Mandt, 2023] on CIFAR-10, our samplers achieve FID scores of 2.11 and 2.36 in only 100 network function evaluations (NFE).", [(None,"CIFAR-10",2.11),(None,"CIFAR-10",2.36)]),
 ("Orch: x", "Using four LLMs (Gemini 2.5 Pro, GPT-5, Grok 4, and Claude Sonnet 4) on GPQA-Diamond and MuSR, we conduct two experiments.", []),
 ("LowRes: x", "On ImageNet 256x256, LowRes built on LightningDiT-B/1 produces high-quality samples with a FID of 4.00 and an IS of 195.06.", [("LowRes","ImageNet 256x256",4.0),("LowRes","ImageNet 256x256",195.06)]),
 ("Judge: x", "Using multiple rollouts, Judge establishes a new state of the art in OSWorld at 72.6%, surpassing human-level performance at 72.36%.", [("Judge","OSWorld",72.6),("humans","OSWorld",72.36)]),
 ("UniGen: x", "UniGen achieves a GenEval score of 0.86; sets a new DPG-Bench complex-generation record of 85.5; and attains 5.83 on GEditBench-EN.", [("UniGen","GenEval",0.86),("UniGen","DPG-Bench",85.5),("UniGen","GEditBench-EN",5.83)]),
 ("Tiny: x", "The smallest model so far required to break the 80% barrier on the GSM8K benchmark remains 34B, while Tiny-1B reaches 81.5% on GSM8K.", [("Tiny-1B","GSM8K",81.5)]),
 ("ShopArena: A Benchmark for Shopping Agents", "Results reveal stark limitations of current LLMs on ShopArena: even state-of-the-art models achieve low performance (e.g., 11.22% for GPT-5, 3.92% for Gemini-2.5-Flash).", [("GPT-5","ShopArena",11.22),("Gemini-2.5-Flash","ShopArena",3.92)]),
 ("Hour: x", "In stark contrast, human experts significantly outperform the state-of-the-art model on HourBench (85.0% vs. 37.3%).", [("humans","HourBench",85.0)]),
 ("Plant disease detection for edge devices", "We used the publicly available PlantVillage dataset of healthy and diseased leaves. The MobileNetV3-small model succeeds in classifying the leaves with a test accuracy of around 99.50%.", [("MobileNetV3-small","PlantVillage",99.5)]),
 ("Uni: x", "UniGen achieves a GenEval score of 0.86; sets a new DPG-Bench complex-generation record of 85.5; and attains 5.83 on GEditBench-EN.", [("UniGen","GenEval",0.86),("UniGen","DPG-Bench",85.5),("UniGen","GEditBench-EN",5.83)]),
 ("Monolingual Data for Multilingual Translation", "Our method provides a viable path, getting up to 33 BLEU on ro-en translation without any parallel data.", [(None,"ro-en",33)]),
 ("Pose-Net: x", "Pose-Net achieves new state-of-the-art results on COCO validation (90.2% AP50) and test-dev set (90.3% AP50), surpassing all bottom-up approaches.", [("Pose-Net","COCO validation",90.2),("Pose-Net","COCO test-dev",90.3)]),
 ("IDS: x", "On the CICIDS2017 dataset, our detector identifies 97.3% of attacks while raising few false alarms.", [("IDS","CICIDS2017",97.3)]),
 ("Space: x", "Even the best performing models, Gemini-2.5-Pro and OpenAI o3, achieve just around 30% accuracy on space-level tasks of SpaceBench.", [("Gemini-2.5-Pro","SpaceBench",30),("OpenAI o3","SpaceBench",30)]),
 ("Pair: x", "GPT-4o and Claude 3.5 Sonnet achieve 61.2% and 58.4% on MMMU, respectively.", [("GPT-4o","MMMU",61.2),("Claude 3.5 Sonnet","MMMU",58.4)]),
 ("Foo: x", "Humans who attempted the puzzles reach 84% on ARC-Easy, while GPT-4o scores 61%.", [("humans","ARC-Easy",84),("GPT-4o","ARC-Easy",61)]),
 ("Eff: x", "Eff reduces inference latency from 120 ms to 45 ms on an A100.", []),
 ("None: x", "We collect 12,000 images from 45 hospitals between 2015 and 2020.", []),
 ("None: x", "The model has 7B parameters and is trained on 2T tokens for 3 epochs.", []),
 ("DocFormer: x", "DocFormer achieves state-of-the-art results on FUNSD (83.3 F1) and CORD (96.3 F1).", [("DocFormer","FUNSD",83.3),("DocFormer","CORD",96.3)]),
 ("Fast3R: x", "Fast3R runs at 251 FPS while achieving an AUC@30 of 72.1 on CO3Dv2.", [("Fast3R","CO3Dv2",72.1),("Fast3R","CO3Dv2",251)]),
 ("LLaMA-X: x", "LLaMA-X-8B obtains 68.4 on MMLU, 79.2 on GSM8K and 45.1 on HumanEval, surpassing Mistral-7B on all three.", [("LLaMA-X-8B","MMLU",68.4),("LLaMA-X-8B","GSM8K",79.2),("LLaMA-X-8B","HumanEval",45.1)]),
 ("WhisperX: x", "We report a word error rate of 5.2% on Common Voice 15 and 3.1% on FLEURS.", [("WhisperX","Common Voice 15",5.2),("WhisperX","FLEURS",3.1)]),
 ("MolGen: x", "MolGen attains 98.7% validity and 0.92 novelty on ZINC250k.", [("MolGen","ZINC250k",98.7),("MolGen","ZINC250k",0.92)]),
 ("DenseX: x", "On MS MARCO, DenseX reaches an MRR@10 of 41.2, a 3.4-point gain over ColBERTv2.", [("DenseX","MS MARCO",41.2)]),
 ("CropNet: x", "Our model achieves an overall accuracy of 94.1% and a kappa coefficient of 0.92 on the EuroSAT dataset.", [("CropNet","EuroSAT",94.1),("CropNet","EuroSAT",0.92)]),
 ("Sparse: x", "Sparse-7B matches the dense baseline on WikiText-103 (perplexity 18.2 vs. 18.0) while using 50% fewer FLOPs.", [("Sparse-7B","WikiText-103",18.2)]),
 ("HandPose: x", "HandPose lowers the mean per-joint position error to 7.9 mm on FreiHAND.", [("HandPose","FreiHAND",7.9)]),
 ("None: x", "We release a dataset of 1.2 million images annotated by 35 experts over 18 months.", []),
 ("None: x", "Training uses a batch size of 256, a learning rate of 3e-4 and 100k steps on 8 GPUs.", []),
 ("None: x", "The benchmark contains 2,500 questions across 12 domains, with 30% requiring multi-step reasoning.", []),
 ("CLIPx: x", "CLIPx improves zero-shot ImageNet accuracy from 76.2% to 79.8%.", [("CLIPx","ImageNet",79.8)]),
 ("KGE: x", "KGE achieves Hits@10 of 0.571 and MRR of 0.368 on FB15k-237.", [("KGE","FB15k-237",0.571),("KGE","FB15k-237",0.368)]),
 ("None: x", "We train for 300 epochs on ImageNet with a batch size of 4096.", []),
 ("None: x", "Our dataset spans 120 hours of speech from 2,000 speakers in 15 languages.", []),
 ("None: x", "We use 8 NVIDIA A100 GPUs with 80 GB memory for all experiments on MMLU.", []),
 ("None: x", "We sample 10% of the training set of CIFAR-10 as a validation split.", []),
 ("None: x", "Models are evaluated with 5-shot prompting on MMLU and 8-shot chain-of-thought on GSM8K.", []),
 ("None: x", "The 2024 edition of the challenge attracted 45 teams.", []),
 ("None: x", "We set the temperature to 0.7 and top-p to 0.95 when decoding on HumanEval.", []),
 ("None: x", "A user study with 24 participants rated the outputs on a 5-point Likert scale.", []),
 ("Xnet: x", "Xnet achieves 45.6 mAP on LVIS v1.0, improving rare-category AP by 4.3 points.", [("Xnet","LVIS v1.0",45.6)]),
 ("RoboX: x", "RoboX completes 83% of long-horizon tasks on CALVIN, compared with 64% for the previous best policy.", [("RoboX","CALVIN",83)]),
 ("SegAny: x", "SegAny reaches 91.2 mean IoU on PASCAL VOC 2012 test without COCO pre-training.", [("SegAny","PASCAL VOC 2012 test",91.2)]),
 ("Summ: x", "Summ obtains ROUGE-1/2/L scores of 47.2/24.1/43.9 on CNN/DM.", [("Summ","CNN/DM",47.2),("Summ","CNN/DM",24.1),("Summ","CNN/DM",43.9)]),
 ("Lat: x", "Lat achieves a top-1 accuracy of 81.6% on ImageNet at a latency of 1.2 ms on an iPhone 14.", [("Lat","ImageNet",81.6),("Lat","ImageNet",1.2)]),
 ("TabX: x", "On 30 OpenML datasets, TabX ranks first on average with a mean normalized accuracy of 0.87.", []),
 ("MTx: x", "MTx outperforms the Transformer baseline by 2.3 BLEU on WMT'14 En-De.", []),
 ("VitX: x", "VitX obtains 98.2% and 95.4% top-1 accuracy on CIFAR-10 and CIFAR-100, respectively.", [("VitX","CIFAR-10",98.2),("VitX","CIFAR-100",95.4)]),
 ("Tiny: x", "With only 3.2M parameters, Tiny achieves 78.1% top-1 accuracy on ImageNet.", [("Tiny","ImageNet",78.1)]),
 ("SegMed: x", "SegMed improves the Dice coefficient from 0.81 to 0.86 on BraTS 2021.", [("SegMed","BraTS 2021",0.86)]),
 ("VidRet: x", "VidRet achieves an R@1 of 52.3 on MSR-VTT text-to-video retrieval.", [("VidRet","MSR-VTT",52.3)]),
 ("MedNet: x", "MedNet achieves an AUROC of 0.94 (95% CI: 0.92-0.96) on the MIMIC-CXR test set.", [("MedNet","MIMIC-CXR",0.94)]),
 ("Stat: x", "The improvement over the baseline on GLUE is statistically significant (p < 0.001).", []),
 ("EvalX: x", "EvalX achieves a Spearman correlation of 0.82 with human judgments on SummEval.", [("EvalX","SummEval",0.82)]),
 ("DetY: x", "DetY reaches a new state-of-the-art of 63.1 AP on COCO test-dev.", [("DetY","COCO test-dev",63.1)]),
 ("VOCNet: x", "Our best model reaches 76.5 mAP@0.5 on PASCAL VOC 2007.", [("VOCNet","PASCAL VOC 2007",76.5)]),
 ("LLM-R: x", "LLM-R scores 85.1 on MMLU (5-shot) and 92.3 on GSM8K (8-shot, maj@1).", [("LLM-R","MMLU",85.1),("LLM-R","GSM8K",92.3)]),
 ("Plan: x", "Plan achieves a success rate of 68.4% on ALFRED unseen, 12.1 points above prior work.", [("Plan","ALFRED unseen",68.4)]),
 ("Quant: x", "Quant compresses LLaMA-2-70B to 2 bits with a perplexity of 5.9 on WikiText-2, versus 3.3 for the FP16 model.", [("Quant","WikiText-2",5.9),("FP16","WikiText-2",3.3)]),
 ("Eff: x", "Eff runs 3.4x faster than FlashAttention-2 on an A100 while matching its accuracy on LongBench.", []),
 ("Seg3D: x", "Seg3D sets a new record on ScanNet200 with 36.2 mIoU, surpassing OctFormer by 4.1 mIoU.", [("Seg3D","ScanNet200",36.2)]),
 ("FooNet: x", "Our best model, FooNet-L, achieves 84.1% top-1 accuracy on ImageNet.", [("FooNet-L","ImageNet",84.1)]),
 ("BarSeg: x", "The resulting model, termed BarSeg, obtains 51.2 mIoU on ADE20K.", [("BarSeg","ADE20K",51.2)]),
 ("Mix: x", "When combined with GPT-4, Mix achieves 91.0% on GSM8K.", [("Mix","GSM8K",91.0)]),
 ("Zed: x", "Remarkably, Zed-7B surpasses GPT-4 on GSM8K, achieving 85.1% accuracy.", [("Zed-7B","GSM8K",85.1)]),
 ("Kappa: x", "Kappa improves the BLEU score of mBART on WMT16 Ro-En from 37.8 to 39.6.", [("Kappa","WMT16 Ro-En",39.6)]),
 ("Lam: x", "Compared with Whisper-large-v3, Lam reduces the WER on AISHELL-1 from 5.1% to 3.9%.", [("Lam","AISHELL-1",3.9)]),
 ("Retr: x", "On Natural Questions, our retriever achieves a top-20 accuracy of 81.3%, 4.2 points higher than DPR.", [("Retr","Natural Questions",81.3)]),
 ("Vis: x", "Trained only on ImageNet-1K, Vis-B reaches 83.9% top-1 accuracy, matching DeiT-B with half the FLOPs.", [("Vis-B","ImageNet-1K",83.9)]),
 ("Reasoner: x", "Our 7B model achieves 52.3% on MATH, surpassing GPT-4o (48.2%) and Claude 3.5 Sonnet (50.1%).", [("Reasoner","MATH",52.3),("GPT-4o","MATH",48.2),("Claude 3.5 Sonnet","MATH",50.1)]),
 ("Zeta: x", "On AIME 2024, Zeta scores 63.3% pass@1, up from 46.7% for the base model.", [("Zeta","AIME24",63.3)]),
 ("Coda: x", "Coda achieves state-of-the-art results among open-source models, with 75.1% on SWE-bench Verified.", [("Coda","SWE-bench Verified",75.1)]),
 ("Tiny-R: x", "With only 1.5B parameters, Tiny-R attains 83.9% Pass@1 on MATH-500.", [("Tiny-R","MATH500",83.9)]),
 ("Align: x", "The model attains a length-controlled win rate of 62.3% against GPT-4-Turbo on AlpacaEval 2.0.", [("Align","AlpacaEval 2.0",62.3)]),
 ("RLX: x", "Qwen2.5-7B-Instruct trained with RLX reaches 55.2% on AIME24 and 80.1% on MATH500.", [("Qwen2.5-7B-Instruct","AIME24",55.2),("Qwen2.5-7B-Instruct","MATH500",80.1)]),
 ("Omni: x", "Omni-8B outperforms Llama-3-70B on 6 of 9 benchmarks, including a score of 68.2 on MMLU-Pro.", [("Omni-8B","MMLU-Pro",68.2)]),
 ("Det: x", "Det-S runs at 320 FPS on a T4 GPU while reaching 47.1 AP on COCO.", [("Det-S","COCO",47.1),("Det-S","COCO",320)]),
 ("Speech: x", "Speech lowers the character error rate on AISHELL-2 to 4.2%, a 12% relative reduction.", [("Speech","AISHELL-2",4.2)]),
 ("CardioNet: x", "On the PTB-XL dataset, CardioNet achieves a macro AUC of 0.934, outperforming the best previous model (0.925).", [("CardioNet","PTB-XL",0.934)]),
 ("RecX: x", "RecX improves HR@10 by 6.2% and NDCG@10 by 7.9% on MovieLens-1M compared with SASRec.", []),
 ("AgentQ: x", "AgentQ reaches a 71.4% success rate on ALFWorld and a 38.2% score on WebShop.", [("AgentQ","ALFWorld",71.4),("AgentQ","WebShop",38.2)]),
 ("TSF: x", "TSF achieves the lowest MSE on 7 out of 8 datasets, e.g., 0.145 on Weather and 0.362 on ETTh1.", [("TSF","Weather",0.145),("TSF","ETTh1",0.362)]),
 ("SurgSeg: x", "SurgSeg obtains a mean Dice of 86.4% on the EndoVis 2018 challenge, a new state of the art.", [("SurgSeg","EndoVis 2018",86.4)]),
 ("RoboPol: x", "In real-world experiments, RoboPol succeeds in 18 of 20 trials.", []),
 ("Kern: x", "Kern accelerates attention by 2.3x on H100 GPUs and reduces memory by 40%.", []),
 ("Para: x", "Para matches the accuracy of full fine-tuning on GLUE (88.1 vs. 88.3) while updating only 0.1% of the parameters.", [("Para","GLUE",88.1)]),
 ("GraphZ: x", "GraphZ sets new records on ogbn-products and ogbn-papers100M with accuracies of 85.7% and 68.9%, respectively.", [("GraphZ","ogbn-products",85.7),("GraphZ","ogbn-papers100M",68.9)]),
 ("N: x", "We release MathBench, containing 3,709 problems across 5 difficulty levels, to evaluate LLMs on GSM8K-style reasoning.", []),
 ("N: x", "Our model is pre-trained on 1.4T tokens and fine-tuned for 3 epochs with a learning rate of 2e-5 on MMLU.", []),
 ("N: x", "We observe that about 30% of the errors on GSM8K stem from arithmetic mistakes.", []),
 ("N: x", "Human annotators agree with the automatic judge 85% of the time on MT-Bench.", []),
 ("N: x", "The dataset covers 100 languages and 2.5 million sentence pairs from the FLORES corpus.", []),
 ("N: x", "In 2023, over 60% of submissions to ICLR used a transformer backbone.", []),
 ("N: x", "The ablation removes 50% of the attention heads in layers 12 to 24 on ImageNet.", []),
 ("N: x", "Inference requires 24 GB of GPU memory at a batch size of 8 on COCO.", []),
 ("N: x", "We fine-tune Llama-3-8B with LoRA rank 16 on Alpaca for 3 epochs.", []),
 ("Seg: x", "Seg-S reaches 78.6% mIoU at 93 FPS on Cityscapes test and 80.1% mIoU with a speed of 154 FPS on CamVid test.", [("Seg-S","Cityscapes test",78.6),("Seg-S","Cityscapes test",93),("Seg-S","CamVid test",80.1),("Seg-S","CamVid test",154)]),
 ("ASR: x", "Trained on 100 hours only, the recogniser obtains 5.9% WER when decoded without a language model on the LibriSpeech test-clean set.", [("ASR","LibriSpeech test-clean",5.9)]),
 ("MT: x", "On WMT16 En-Ro, the student keeps most of the teacher's quality, 34.2 BLEU, at one third of the decoding cost.", [("MT","WMT16 En-Ro",34.2)]),
 ("Cost: x", "With 3M parameters and 0.9 GFLOPs, Cost runs in real time on VoxCeleb1-O.", []),
 ("AudioNet: x", "AudioNet sets a new state-of-the-art mAP 48.9% on AudioSet-2M without external data.", [("AudioNet","AudioSet-2M",48.9)]),
 ("GraphX: x", "GraphX achieves state-of-the-art F1 scores for Flickr (0.532) and Yelp (0.661).", [("GraphX","Flickr",0.532),("GraphX","Yelp",0.661)]),
 ("LangX: x", "LangX-Large obtains a GLUE score of 88.1, outperforming RoBERTa-Large.", [("LangX-Large","GLUE",88.1)]),
 ("DetX: x", "DetX reaches 57.2 box AP and 49.8 mask AP on COCO test-dev.", [("DetX","COCO test-dev",57.2),("DetX","COCO test-dev",49.8)]),
 ("Foo: x", "FooNet outperforms BERT-base (45.2 vs. 41.0 F1) on SQuAD 2.0.", [("FooNet","SQuAD 2.0",45.2),("BERT-base","SQuAD 2.0",41.0)]),
 ("Small: x", "With only 1.3B parameters, SmallLM scores 54.1 on MMLU, within 2 points of LLaMA-2-7B.", [("SmallLM","MMLU",54.1)]),
 ("CodeX: x", "On SWE-bench Verified, CodeX resolves 33.2% of issues, while SWE-agent resolves 24.1%.", [("CodeX","SWE-bench Verified",33.2),("SWE-agent","SWE-bench Verified",24.1)]),
 ("HardBench: x", "We introduce HardBench, a benchmark of 1,200 problems. The best model, GPT-4o, solves only 23.5% of HardBench, while humans reach 88%.", [("GPT-4o","HardBench",23.5),("humans","HardBench",88)]),
 ("RetX: x", "RetX improves nDCG@10 on BEIR by 3.2 points on average and reaches 52.1 on MS MARCO dev.", [("RetX","MS MARCO dev",52.1)]),
 ("BioX: x", "The resulting model, BioX, answers 67.2% of MedQA questions correctly, exceeding the passing threshold of 60%.", [("BioX","MedQA",67.2)]),
 ("LM: x", "Our tokenizer-free model matches the perplexity of a subword baseline (16.2 vs. 16.4) on PG-19 while using 30% less compute.", [("LM","PG-19",16.2)]),
 ("GraphL: x", "We obtain new state-of-the-art results on ogbl-collab (Hits@50 of 68.3) and ogbl-ddi (Hits@20 of 97.1).", [("GraphL","ogbl-collab",68.3),("GraphL","ogbl-ddi",97.1)]),
 ("DriveNet: x", "On the Waymo Open Dataset, DriveNet achieves 73.1 mAPH (L2), surpassing the previous best by 2.4 mAPH.", [("DriveNet","Waymo Open Dataset",73.1)]),
 ("NetA: x", "An accuracy of 92.4% on CIFAR-10 is achieved by NetA-L, the largest variant.", [("NetA-L","CIFAR-10",92.4)]),
 ("NetD: x", "Our best configuration, NetD-XL, sets a new record of 58.9 box AP on COCO test-dev.", [("NetD-XL","COCO test-dev",58.9)]),
 ("NetO: x", "NetO-Base matches BERT-Large on GLUE (84.6 vs 84.5 average score) with 3x fewer parameters.", [("NetO-Base","GLUE",84.6),("BERT-Large","GLUE",84.5)]),
 ("NetM: x", "On AIME 2024, NetM solves 40% of problems with a single sample and 63% with majority voting over 64 samples.", [("NetM","AIME24",40),("NetM","AIME24",63)]),
 ("NetG: x", "On GSM8K, NetG-7B reaches 74.2% accuracy, compared to 56.8% for Llama-2-13B and 71.0% for Mistral-7B.", [("NetG-7B","GSM8K",74.2),("Llama-2-13B","GSM8K",56.8),("Mistral-7B","GSM8K",71.0)]),
 ("NetK: x", "Zero-shot, NetK scores 63.2 on MMMU, second only to GPT-4V (67.1).", [("NetK","MMMU",63.2),("GPT-4V","MMMU",67.1)]),
 ("Q3: x", "Our ensemble Q3 reaches an F1 score of 0.92 on the held-out test set of PubMedQA.", [("Q3","PubMedQA",0.92)]),
 # the one dataset the abstract says it evaluates on, named sentences before the result
 ("Lesion segmentation with a lightweight network", "Methods: We propose a lightweight network called Xi-Seg for skin lesion segmentation. The model was trained and evaluated on the ISIC 2018 dataset. To aid clinicians, saliency maps accompany every prediction. Results: Xi-Seg achieved a Dice coefficient of 91.3%, outperforming other segmentation networks.", [("Xi-Seg","ISIC 2018",91.3)]),
 ("Crop yield forecasting", "We pretrain on the large WeatherNet dataset and evaluate on the AgriYield dataset. Inputs combine satellite imagery with weather records from 2001 onwards. The forecaster attains an R2 of 0.83.", [(None,"AgriYield",0.83)]),
 # a dataset only trained or fine-tuned on is no evaluation benchmark
 ("Crop yield forecasting", "We pretrain on the large WeatherNet dataset and fine-tune on the AgriYield dataset. Inputs combine satellite imagery with weather records from 2001 onwards. The forecaster attains an R2 of 0.83.", []),
 # a name with a Greek-letter prefix
 ("Action recognition at scale", "The λ-Former model achieved an accuracy of 95.1% on the UCF101 dataset.", [("λ-Former","UCF101",95.1)]),
 # a metric on a list of benchmarks stated to be a list of values
 ("VidNet: x", "Finally, the top-1 accuracies on the UCF101 and HMDB51 datasets are 96.1% and 74.3%, respectively.", [("VidNet","UCF101",96.1),("VidNet","HMDB51",74.3)]),
 # "on the held-out test set": the split of the dataset named before
 ("Skin lesion triage", "Images come from the public DermaScan dataset, which we split by patient. The classifier reaches a mean accuracy of 88.2% on the held-out test set.", [(None,"DermaScan test",88.2)]),
 # a spelled-out metric with its acronym in brackets
 ("Arrhythmia detection from single-lead recordings", "Trained on the PTB-XL dataset, the network achieves a mean area under the curve (AUC) of 0.912 in detecting four arrhythmias.", [(None,"PTB-XL",0.912)]),
 # "We describe X, a ... system": the paper's system
 ("Protein structure prediction with deep networks", "We describe NeuroFold, a structure prediction system for proteins. On CASP14, this system reaches an average GDT_TS of 61.4.", [("NeuroFold","CASP14",61.4)]),
 # a method another work "proposed" is not the paper's; "we propose our X"; "the hardest setting of X"
 ("Better point cloud pre-training with soft tokens", "Earlier, VoxNet proposed sparse voxel pooling (SVP) to pre-train point transformers. We propose our GridFormer, a pre-training framework with soft tokens. Experiments show that the pre-trained transformer achieves 93.2% accuracy on ModelNet40 and 86.1% accuracy on the hardest setting of ScanObjectNN.", [("GridFormer","ModelNet40",93.2),("GridFormer","ScanObjectNN",86.1)]),
 # "Our method, <Name>(<ACR>)": the acronym glued to its name is the paper's system
 ("Data-efficient planning with self-consistent models", "Our method, Self-Consistent Planning(SCP), trains a policy to predict its own future plans. Our full objective achieves a mean success rate of 71.5% on Meta-World.", [("SCP","Meta-World",71.5)]),
 # "uses the X Database for evaluation": the evaluation dataset of the bracketed scores after it
 ("Comparing classifiers for heart disease prediction", "This study uses the Cleveland Heart Disease Database for evaluation purposes. Among all algorithms, RF is the best-performing model for accuracy (86.4%) and recall (84.0%).", [("RF","Cleveland Heart Disease",86.4),("RF","Cleveland Heart Disease",84.0)]),
 # a known benchmark in lower case inside the metric phrase of a transition
 ("Low-bit quantization of language models", "Compared to GPTQ, our method improves the wikitext2 perplexity from 12.1 to 7.4 with 3-bit weights.", [(None,"WikiText-2",7.4)]),
 # "pushing the <Benchmark> score to X and the <Benchmark> <task> <metric> to Y"
 ("ModelQ: x", "It obtains new state-of-the-art results on nine tasks, including pushing the SuperGLUE score to 84.6% and the SQuAD v2.0 question answering Test F1 to 86.3.", [("ModelQ","SuperGLUE",84.6),("ModelQ","SQuAD v2.0",86.3)]),
 # "and Y% with a larger <Model>" is a second score, not a model-size ratio
 ("ModelQ: x", "Our method reaches 75.1% top-1 accuracy on ImageNet with a ResNet-50 and 80.2% with a larger ResNet.", [("ModelQ","ImageNet",75.1),("ModelQ","ImageNet",80.2)]),
 # "We propose a new ... architecture, the X, based ...": the paper's system, named by apposition
 ("Sequence modelling without recurrence", "We propose a new simple network architecture, the Streamformer, based solely on attention. Our model achieves 29.1 BLEU on the WMT 2014 English-to-German translation task.", [("Streamformer","WMT 2014 English-to-German",29.1)]),
 # a gain spelled out by a compared pair "(before vs. after)": the improved value is the result
 ("ReLM: x", "Compared to BERT-Large, ReLM improves MNLI by +1.1% (86.6% vs. 87.7%) and RACE by +2.4% (72.0% vs. 74.4%).", [("ReLM","MNLI",87.7),("ReLM","RACE",74.4),("BERT-Large","MNLI",86.6),("BERT-Large","RACE",72.0)]),
 # "<Team> at <Shared Task>: ...": the task is the benchmark, the team the system
 ("TeamX at SemEval-2023 Task 4: Human Value Detection with Transformers", "Our best performing system fine-tunes DeBERTa on the task data. Our system achieves a 52.1% macro F1-score on the official test set.", [("TeamX","SemEval-2023 Task 4",52.1)]),
 # known model families listed after "followed by" are systems with their own scores
 ("Named entity recognition for Amharic", "Among the deep models, BiLSTM-CRF reaches the best F1-score of 0.95, followed closely by XLM-RoBERTa and mBERT with F1-scores of 0.93 and 0.92 on AmhNER, respectively.", [("BiLSTM-CRF","AmhNER",0.95),("XLM-RoBERTa","AmhNER",0.93),("mBERT","AmhNER",0.92)]),
 # the acronym of a field ("Machine Learning (ML)") is no system
 ("Sentiment analysis for Amharic", "This paper introduces both Machine Learning (ML) and Deep Learning (DL) methods for sentiment analysis in Amharic. Our hybrid model achieves an accuracy of 91.2% on the AmhSent dataset.", [("hybrid model","AmhSent",91.2)]),
 # "on the three official trials of X"; a metric brought to a list of values
 ("SpkNet: x", "Our best system achieves 0.61%, 0.72% and 1.31% EER on the three official trials of VoxCeleb1. The fused system further improves the EER to 0.55%, 0.66% and 1.20%.", [("SpkNet","VoxCeleb1",v) for v in (0.61, 0.72, 1.31, 0.55, 0.66, 1.2)]),
 # "We introduce <Long Name> (<ACR>), comprising N problems": the benchmark the paper introduces
 ("How far are LLMs from expert programmers?", "We introduce Expert Code Challenge (ECC), comprising 310 problems from programming contests. Even the strongest reasoning models: o3-mini and Claude-3.7, achieve pass@1 rates of only 21.4% and 17.9%, respectively.", [("o3-mini","ECC",21.4),("Claude-3.7","ECC",17.9)]),
 # a slash list of metrics is no benchmark: no score here
 ("EHRNet: x", "Our model improved performance metrics by 1.6%/0.8% on BACC/AUROC for mortality prediction compared to the best existing methods.", []),
 # "≈" between a metric and its value
 ("OceanNet: x", "On the Benguela Current, OceanNet keeps a high anomaly correlation coefficient (ACC ≈ 0.993).", [("OceanNet","Benguela Current",0.993)]),
 # the agent of a participle in the subject ("representations learned by X") is the system
 ("Contrastive pre-training of visual features", "A linear classifier trained on self-supervised representations learned by VisCLR achieves 74.2% top-1 accuracy on ImageNet, matching a supervised ResNet-50.", [("VisCLR","ImageNet",74.2)]),
 # "on benchmarks such as X": the abstract's benchmark; X is not its own system
 ("Retrieval for legal question answering", "Retrieval systems show promise for legal question answering, yet high accuracy on benchmarks such as LegalBench-RAG (21% baseline) remains challenging. We first built a curated pipeline. With metadata filtering, the pipeline improved accuracy to 64%.", [(None,"LegalBench-RAG",21.0),(None,"LegalBench-RAG",64.0)]),
 # counts of comments and agreement between annotators are no results
 ("Sentiment analysis for Yoruba film reviews", "This paper introduces YorubaReviews, a benchmark dataset comprising 4,000 YouTube comments in Yoruba. The dataset was annotated by three annotators, with a Fleiss' Kappa score of 0.82 between annotators.", []),
 # "On challenge benchmark nuScenes": a benchmark noun before a camel-case name
 ("BEVNet: x", "On challenge benchmark nuScenes, we report a new record of 54.5% NDS with the high-performance configuration dubbed BEVNet-Base.", [("BEVNet","nuScenes",54.5)]),
 # a modality ("chest X-ray") and a family of systems ("Convolutional Neural Networks") are no benchmarks
 ("Lung disease detection with transformers", "Recent advances in medical image analysis have relied on Convolutional Neural Networks (CNNs), achieving impressive performance in chest X-ray classification, such as the 92% AUC reported by ThoraxNet.", []),
 # "experiments conducted on a <Name> ... dataset": the evaluation dataset of later scores
 ("Fraud detection with tuned deep models", "The experiments conducted on a German credit card fraud dataset show that the proposed models are effective. The results demonstrate that GRU significantly outperformed AE and CNN in terms of accuracy (98.1%) and detection rate (91.4%).", [("GRU","German credit card fraud",98.1),("GRU","German credit card fraud",91.4)]),
 # "with X% <metric> and Y% <metric>": each value with its own modified metric; "35% reduced
 # memory usage" is a change, not a score
 ("Numerical reasoning over tables", "Overall, our approach takes first place in the TabQA challenge, with 70.12% execution accuracy and 66.40% program accuracy.", [(None,"TabQA",70.12),(None,"TabQA",66.40)]),
 ("Sparse registration", "For 3DMatch, we achieve 93% recall with 35% reduced memory usage.", [(None,"3DMatch",93)]),
 # "our models (X)": the name in brackets; "IS" is a metric, not the verb; the previous best
 # values after "improving over" are baselines, not scores
 ("High fidelity image synthesis", "When trained on ImageNet at 128x128 resolution, our models (StyleNets) achieve an Inception Score (IS) of 150.2 and Frechet Inception Distance (FID) of 8.1, improving over the previous best IS of 52.52 and FID of 18.6.", [("StyleNets","ImageNet",150.2),("StyleNets","ImageNet",8.1)]),
 # counts compared in brackets after their noun are no scores
 ("Efficient open-ended detection", "Compared to GenerateU, our detector, using only 20.8% of the training epochs (31 vs. 149), achieves higher performance on LVIS.", []),
 # each transition's own "on <Name>" right before its "from"
 ("TTCurr: x", "Moreover, we find that TTCurr raises the performance ceiling, increasing pass@8 on AIME25 from 38% to 60% and on CodeElo from 27% to 41%.", [("TTCurr","AIME25",60),("TTCurr","CodeElo",41)]),
 # a count of models with several words between number and noun is no score
 ("Sea ice drift from radar", "We present the first large scale benchmark of 48 deep learning optical flow models on RADARSAT-2 ScanSAR imagery, evaluated with endpoint error (EPE).", []),
 # "our proposed model, X+, extends ...": the paper's system named by apposition
 ("Encoder-decoder segmentation with atrous convolution", "Specifically, our proposed model, SegLab+, extends SegLab with a decoder module. We demonstrate the effectiveness of the proposed model on PASCAL VOC 2012 and Cityscapes datasets, achieving the test set performance of 88.1% and 81.3% without any post-processing.", [("SegLab+","PASCAL VOC 2012",88.1),("SegLab+","Cityscapes",81.3)]),
 # "(X compared to SOTA <metric> of Y)": X is the result, Y only its baseline
 ("Scaling language models with model parallelism", "Using our 8B model we achieve SOTA results on WikiText103 (11.2 compared to SOTA perplexity of 16.1) and LAMBADA (67.1% compared to SOTA accuracy of 63.2%).", [(None,"WikiText-103",11.2),(None,"LAMBADA",67.1)]),
 # "... on ILSVRC-2012, 99.2% on CIFAR-10": a value after a name that ends in digits is a
 # result of its own; margins continued after "by" stay margins
 ("ViTX: x", "ViTX achieves 87.1% top-1 accuracy on ILSVRC-2012, 99.2% on CIFAR-10, and 76.0% on the VTAB benchmark.", [("ViTX","ILSVRC-2012",87.1),("ViTX","CIFAR-10",99.2),("ViTX","VTAB",76.0)]),
 ("Weak labels for sound events", "For example, CRNNs trained with our labels outperform baseline models by 4.5% in PSDS1 on DCASE2017, 7.1% on DCASE2018, and 1.6% on UrbanSED.", []),
 # a disease's acronym in a sentence with "we" is not the paper's system
 # a system the paper never names: its description is its name
 ("Robust recognition of disordered speech", "By leveraging a pretrained encoder, our speaker-independent system achieved a CER of 6.9% on the SAP-1005 dataset.", [("speaker-independent system","SAP-1005",6.9)]),
 ("Land-use classification without pre-training", "The final 12-layer architecture achieves a Cohen's kappa of 0.96 on the EuroSAT dataset.", [("final 12-layer architecture","EuroSAT",0.96)]),
 ("Detecting wheezes in lung sound recordings", "We recorded patients with chronic obstructive pulmonary disease (COPD) at three hospitals. Our detector achieves an F1 score of 0.87 on the ICBHI 2017 dataset.", [(None,"ICBHI 2017",0.87)]),
 # benchmarks listed after a participle at the head of the sentence pair with the values in order
 ("HyperG: x", "Evaluated on Cora, Citeseer, and PubMed, HyperG achieves node classification accuracies of 84.1%, 73.0%, and 80.9%.", [("HyperG","Cora",84.1),("HyperG","Citeseer",73.0),("HyperG","PubMed",80.9)]),
 ("KWS: x", "When tested on Speech Commands v1 and v2, KWS reaches accuracies of 97.4% and 98.1%.", [("KWS","Speech Commands v1",97.4),("KWS","Speech Commands v2",98.1)]),
 # a value a result is compared with is no second result of the same system
 ("WebNav: x", "On the Mind2Web benchmark, we achieve a 41% task success rate compared to 35.2% success rate for the previous state of the art.", [("WebNav","Mind2Web",41)]),
 # a split with two adjectives before the benchmark it belongs to
 ("SQLGen: x", "On the official hidden test set of the challenging Spider 2.0 benchmark, our method achieves 61.3 execution accuracy.", [("SQLGen","Spider 2.0",61.3)]),
 # a budget the system runs with, and a count of two kinds of models, are no results
 ("KVPress: x", "KVPress keeps 98.7% accuracy on LongBench with 5% KV cache budgets.", [("KVPress","LongBench",98.7)]),
 ("MLBench: x", "We report MLBench scores for 14 base and chat models.", []),
 # a system named in brackets after "a previous SOTA method" is another work's, not the paper's
 ("Retrieval helps open-vocabulary segmentation", "In this work, we propose RetSeg, a retrieval-augmented segmentation method. We combine our solution with a previous SOTA method (OVSeg). The proposed method reaches 31.2 PQ on the ADE20K dataset.", [("RetSeg","ADE20K",31.2)]),
 # a known benchmark followed by a modality and a task noun
 ("VoxSeg: x", "In particular, on the S3DIS 3D segmentation task, VoxSeg obtains 72.4 mIoU.", [("VoxSeg","S3DIS",72.4)]),
 # a name given with "dubbed" after "On X and Y benchmarks, our algorithm": the paper's system
 ("Plane projections for point clouds", "We first design the Plane Projection Module (PPM) to project points onto six planes. On ScanNet and nuScenes benchmarks, our algorithm, dubbed PlaneNet3D, is competitive. On ScanNet, our method obtains 76.1 mIoU.", [("PlaneNet3D","ScanNet",76.1)]),
 # a known metric and its value alone in brackets after a performance phrase; people's score in brackets
 ("Scaling detectors for drones", "On VisDrone, YOLOv8m achieved the best overall accuracy (14.2% mAP50).", [("YOLOv8m","VisDrone",14.2)]),
 ("QAReader: x", "QAReader obtains an F1 of 90.2 on SQuAD v2.0, above the reported human performance (89.5 F1).", [("QAReader","SQuAD v2.0",90.2),("humans","SQuAD v2.0",89.5)]),
 # "<ours> beyond <theirs>": the second value is the compared systems', not a second score
 ("GeneTagger: x", "Compared to current state-of-the-art models, GeneTagger achieves the best F1-score of 91.20 beyond 85.10 on the BC2GM corpus, and the best F1-score of 88.50 beyond 80.30 on the NCBI disease corpus.", [("GeneTagger","BC2GM",91.20),("GeneTagger","NCBI disease",88.50)]),
 # a benchmark introduced with its acronym is not the paper's system
 ("Lightweight traffic sign recognition", "This paper presents a lightweight neural network for traffic sign recognition. The proposed model is evaluated on the German Traffic Sign Recognition Benchmark (GTSRB) and reaches an accuracy of 99.1%.", [(None,"GTSRB",99.1)]),
 # "the effectiveness of the <Name> algorithm" names the paper's system, even one that starts with a digit
 ("A robust detector for ships in radar images", "To verify the effectiveness of the 2S-DETR algorithm, experiments are carried out on SSDD and HRSID. The accuracy of the model reaches 98.1% and 94.3% on SSDD and HRSID, respectively.", [("2S-DETR","SSDD",98.1),("2S-DETR","HRSID",94.3)]),
 # "has the highest <metric> with <value>", and a second system after a list of values
 ("Building extraction compared", "On the WHU dataset, the DenseFPN model has the highest F1 score with 0.9121 and IoU score with 0.8406, and the ResAttUNet model has the highest test accuracy with 97.12%.", [("DenseFPN","WHU",0.9121),("DenseFPN","WHU",0.8406),("ResAttUNet","WHU",97.12)]),
 # "on these four datasets, respectively": the datasets the sentence before lists in two brackets
 ("AnomalyNet: x", "We evaluate on three industrial datasets (MVTec-AD, VisA, and MPDD) and one medical dataset (BraTS-AD). AnomalyNet achieves an image-level AUROC of 99.1%, 97.3%, 95.2%, and 88.4% on these four datasets, respectively.", [("AnomalyNet","MVTec-AD",99.1),("AnomalyNet","VisA",97.3),("AnomalyNet","MPDD",95.2),("AnomalyNet","BraTS-AD",88.4)]),
 # a metric's cut-off in brackets is no value, and the metric is no system
 ("ToolPick: x", "On the ToolBench benchmark, Pass Rate (at 10) increases from 0.690 to 0.826 and NDCG (at 10) rises from 0.807 to 0.857.", [("ToolPick","ToolBench",0.826),("ToolPick","ToolBench",0.857)]),
 # a value no system reaches is a ceiling, not a result
 ("SoundQA: x", "Across all three question types on SoundQA, no model achieves 80% accuracy.", []),
 # "(A: v1; B: v2) on X": each value is its labelled system's
 ("HorizonBench: x", "At release, the best models achieve <12% accuracy (GPT-5: 11.2%; Claude 4 Opus: 7.4%) on HorizonBench.", [(None,"HorizonBench",12),("GPT-5","HorizonBench",11.2),("Claude 4 Opus","HorizonBench",7.4)]),
 # a metric named after people is the system's score, and it may exceed 100%
 ("WorldRL: x", "In the Atari 100k benchmark, WorldRL achieves a mean human normalized score of 1.12, and outperforms humans on 12 out of 26 games.", [("WorldRL","Atari 100k",1.12)]),
 ("DreamerX: x", "DreamerX achieves a mean human performance of 131.4% on the Atari 100k benchmark.", [("DreamerX","Atari 100k",131.4)]),
 # "from <value> <metric> to <value>": the metric between the two values
 ("NavPolicy: x", "On OBJECTNAV, NavPolicy raises the state of the art from 61.2% success rate to 66.8% (+5.6% absolute).", [("NavPolicy","OBJECTNAV",66.8)]),
 # the dataset a structured abstract's result opens with, by its acronym; a confidence level
 # after a value and "which were far better" end a list of values
 ("Predicting sepsis in the ICU", "Results By using the Medical Information Mart for Intensive Care IV (MIMIC-IV) dataset of 5120 ICU patients, our proposed model yielded an AUROC of 0.912, 95% confidence interval of [0.887–0.936], and an F-score of 0.790 which were far better than the best baseline model.", [(None,"MIMIC-IV",0.912),(None,"MIMIC-IV",0.79)]),
 # the number of submitted runs is a count
 ("ChemRel: x", "ChemRel reaches an F1 score of 79.73% on the DrugProt test set and ranks first out of 107 submitted runs.", [("ChemRel","DrugProt",79.73)]),
 ("Habitat-style benchmark", "We find that (1) flat RL policies struggle on RearrangeBench compared to hierarchical ones; (2) a hierarchy with independent skills suffers from hand-off problems.", []),
 # a benchmark introduced with an acronym among its words holds the paper's later scores
 ("Testing chart reasoning of vision-language models", "We then introduce ChartVault, a new Chart Question Answering (QA) benchmark containing 1,162 expert-annotated questions. Although humans achieve 93% accuracy, the best-performing model Gemini-2.5-Pro attains only 63.0%.", [("humans","ChartVault",93),("Gemini-2.5-Pro","ChartVault",63.0)]),
 # "as opposed to the previous state of the art result of <value>": a compared value, no second score
 ("CodeRank: x", "Our approach achieves an average mean reciprocal rank (MRR) score of 0.762 as opposed to the previous state of the art result of 0.721 MRR on the CodeSearchNet benchmark.", [("CodeRank","CodeSearchNet",0.762)]),
 # the benchmark an evaluation draws its items from; metrics of software testing
 ("Repairing C programs with language models", "Our evaluation spans 3,902 bugs from the Codeflaws benchmark, where our approach achieves 44.93% repair accuracy.", [(None,"Codeflaws",44.93)]),
 ("TestGen: x", "On TestGenEval, TestGen achieves a pass@1 rate of 84.3%, 44.4% line coverage and 33.8% mutation score on average.", [("TestGen","TestGenEval",84.3),("TestGen","TestGenEval",44.4),("TestGen","TestGenEval",33.8)]),
 # a one-letter variable is no benchmark
 ("TinyMixer: x", "TinyMixer contains only 112K parameters at H=96 and reaches an MSE of 0.357 on ETTh1.", [("TinyMixer","ETTh1",0.357)]),
 # a test statistic is no result
 ("RebuttalEval: x", "On RebuttalEval, preemptive rebuttals showed higher sycophancy rates than in-context ones (61.75% vs. 56.52%, Z=5.87, p<0.001), and simple rebuttals maximised progressive sycophancy (Z=6.59, p<0.001).", []),
 # language models written in lower case with their versions are names
 ("GoalEval: x", "Across six LLMs, kimi-k2 attains the highest objective-extraction accuracy (0.612) on GoalEval, with claude-sonnet-4 (0.603) and deepseek-v3.1 (0.599) statistically comparable.", [("kimi-k2","GoalEval",0.612),("claude-sonnet-4","GoalEval",0.603),("deepseek-v3.1","GoalEval",0.599)]),
 # "on <kind> tasks, including A (v1), B (v2)": the names in the list are the benchmarks
 ("KoLM 1.0 Technical Report", "KoLM 1.0 8B Instruct achieves state-of-the-art results on Korean-specific tasks, including KMMLU (51.20%), KoBEST (81.10%), and HAE-RAE (70.30%).", [("KoLM 1.0 8B Instruct","KMMLU",51.2),("KoLM 1.0 8B Instruct","KoBEST",81.1),("KoLM 1.0 8B Instruct","HAE-RAE",70.3)]),
 # metrics each followed by its value, listed with commas; a metric and its value is no name
 ("SOHNet: x", "On NASA B0005, SOHNet achieved RMSE 0.0071, MAE 0.0052, and a low error overall.", [("SOHNet","NASA B0005",0.0071),("SOHNet","NASA B0005",0.0052)]),
 ("SVSys: x", "On VoxSRC-23, SVSys achieves minDCF 0.2342, EER 3.05% on track 1, and achieves minDCF 0.3193, EER 5.47% on track 3.", [("SVSys","VoxSRC-23",0.2342),("SVSys","VoxSRC-23",3.05),("SVSys","VoxSRC-23",0.3193),("SVSys","VoxSRC-23",5.47)]),
 # "the non-English languages" names no benchmark
 ("ParaX: x", "Multilingual BERT fine-tuned on English plus translated data performs the best, with an accuracy of 83.1 on the non-English languages.", []),
 # a known metric and a bare decimal in brackets
 ("GoalEval: x", "On GoalEval, kimi-k2 attains the highest extraction accuracy (0.612).", [("kimi-k2","GoalEval",0.612)]),
 # "(solved of total, share)" after a system's name: the share is its score
 ("CodeArena: x", "On CodeArena, gpt-5-codex solves the most tasks, outperforming claude-opus-4.1 (12/20, 60.0%).", [("claude-opus-4.1","CodeArena",60.0)]),
 # a unit written out is no benchmark
 ("DockX: x", "For the known binding site condition, DockX success rates at 2.0 Angstroms RMSD far exceeded those for DiffDock.", []),
 # enumerated items are no values
 ("Ablating world models", "We study four design choices of DreamerV3: 1) the replay ratio; 2) the model size; 3) the horizon; and 4) symlog predictions.", []),
 # a capitalised word with a version number is a system, not a metric and its value
 ("LeanEval: x", "Gemini 3.1 Pro achieved a 92% success rate on miniF2F whereas Opus 4.7 achieved a 86% success rate on miniCTX.", [("Gemini 3.1 Pro","miniF2F",92),("Opus 4.7","miniCTX",86)]),
 # a benchmark name that starts with its year
 ("QDet: x", "Our QDet head peaks at 45.4 AP on the 2017 COCO validation set when using a ResNet-50 backbone.", [("QDet","2017 COCO validation",45.4)]),
 # an acronym metric and its value in the brackets after each benchmark
 ("OneStep: x", "OneStep achieves the best results on CIFAR-10 (FID 1.54), FFHQ 64x64 (FID 0.85) and ImageNet 64x64 (mAP 1.16).", [("OneStep","CIFAR-10",1.54),("OneStep","FFHQ 64x64",0.85),("OneStep","ImageNet 64x64",1.16)]),
 # "human performance is X": people's score on the sentence's benchmark
 ("RCBench: x", "The best systems only achieve 32.7% F1 on RCBench, while expert human performance is 96.0%.", [(None,"RCBench",32.7),("humans","RCBench",96.0)]),
 # a list of benchmarks each followed by its value, after "on three datasets:"; a clause
 # with "but also" shares the subject of the clause before it
 ("MedLLM: x", "We show that GPT-3.5 not only yields calibrated predictions, but also reaches the passing score on three datasets: MedQA-USMLE 60.2%, MedMCQA 62.7% and PubMedQA 78.2%.", [("GPT-3.5","MedQA-USMLE",60.2),("GPT-3.5","MedMCQA",62.7),("GPT-3.5","PubMedQA",78.2)]),
 # the one benchmark of the vocabulary the sentence names, not after "on"
 ("MedLLM: x", "Open-source models are closing the gap: Llama-2 70B also passed the MedQA-USMLE with 62.5% accuracy.", [("Llama-2 70B","MedQA-USMLE",62.5)]),
 # a value another system achieved; a metric and its percentage at the sentence's end
 ("LaBSE: x", "Our model reaches 83.7% accuracy on Tatoeba, well above the 65.5% achieved by LASER.", [("LaBSE","Tatoeba",83.7),("LASER","Tatoeba",65.5)]),
 ("AudioT: x", "On AudioSet-2M, we set a new state-of-the-art mAP 50.6%.", [("AudioT","AudioSet-2M",50.6)]),
 # values "for" a list of benchmarks, each with its setting, "respectively"
 ("SemiX: x", "The error rates of SemiX are 9.89%, 3.99% for CIFAR-10 with 4000 labels, SVHN with 500 labels, respectively.", [("SemiX","CIFAR-10",9.89),("SemiX","SVHN",3.99)]),
 # a name ending in a capital letter is no article before a verb ("AmoebaNet-A sets")
 ("Evolving classifiers: x", "Scaled to larger size, AmoebaNet-A sets a new state-of-the-art 83.9% top-1 ImageNet accuracy.", [("AmoebaNet-A","ImageNet",83.9)]),
 # a contrasted clause's bare value ("reaches merely 49.1") is on the benchmark of the score before it
 ("GenEval: A Benchmark for Unified Generation", "GenEval is hard: GPT-5 scores only 66.4 out of 100 on GenEval, while the best open-source model reaches merely 49.1.", [("GPT-5","GenEval",66.4),(None,"GenEval",49.1)]),
 # compared systems' values with the size of their training data in the brackets
 ("Spot: x", "On the ScreenSpot-Pro benchmark, Spot achieves 52.8% accuracy, surpassing V2P-7B (50.6% with 9.6M training samples) and GTA-1-7B (50.1% with 1.56M training samples).", [("Spot","ScreenSpot-Pro",52.8),("V2P-7B","ScreenSpot-Pro",50.6),("GTA-1-7B","ScreenSpot-Pro",50.1)]),
 # "a Mandarin dataset AISHELL-1": the name after the noun; "the test set" is its split
 ("Synchronous decoding for streaming speech recognition", "Our model is evaluated on a Mandarin dataset AISHELL-1. It achieves a character error rate of 8.91% on the test set.", [(None,"AISHELL-1",8.91)]),
 # a system named in capitalised words after "called"
 ("Pre-training for ASR", "A pre-training method called Masked Predictive Coding is proposed. Experiments on HKUST show that we can achieve CER 23.3% with the same training data.", [("Masked Predictive Coding","HKUST",23.3)]),
 # "F1=0.571" among other metrics with "="; "features based on URLs" names no benchmark
 ("LogBERT: x", "On the SynHDFS-6k test split, the proposed LogBERT-PLL achieves Precision=0.615, Recall=0.533, F1=0.571, and ROC-AUC=0.898.", [("LogBERT-PLL","SynHDFS-6k",0.615),("LogBERT-PLL","SynHDFS-6k",0.533),("LogBERT-PLL","SynHDFS-6k",0.571),("LogBERT-PLL","SynHDFS-6k",0.898)]),
 ("Phish: x", "Our approach combines features based on URLs, HTML, and JavaScript. The random forest classifier offers the best accuracy of 93%.", []),
 # the same system's value on another benchmark after "versus"
 ("SWE-EVO: x", "GPT-5 with OpenHands achieves only 21% on SWE-EVO versus 65% on SWE-Bench Verified, showing that current agents struggle.", [("GPT-5","SWE-EVO",21),("GPT-5","SWE-Bench Verified",65)]),
 # values on "selected questions of the A dataset and B dataset respectively"
 ("Geo-LLaVA: x", "Our fine-tuned model attains 65.25% and 42.36% on selected questions of the GeoQA dataset and GeoMath dataset respectively.", [("Geo-LLaVA","GeoQA",65.25),("Geo-LLaVA","GeoMath",42.36)]),
 # "on <known benchmark> 3D MOT with <value>": a known benchmark's track, right before "with"
 ("SGTrack: x", "SGTrack ranks first among vision-based methods on KITTI 2D MOT with 79.59% HOTA and delivers strong results on KITTI 3D MOT with 82.03% HOTA.", [("SGTrack","KITTI 2D MOT",79.59),("SGTrack","KITTI 3D MOT",82.03)]),
 # "surpassing the 0.580 accuracy of <system>": that system's score
 ("ChartRL: x", "Our model achieved an answer accuracy of 0.634 on ChartQAPro, surpassing the 0.580 accuracy of the Qwen3-VL-8B-Instruct foundation model.", [("ChartRL","ChartQAPro",0.634),("Qwen3-VL-8B-Instruct","ChartQAPro",0.58)]),
 # "<name> Technical Report": the report's system, even in lower case
 ("dots.tts Technical Report", "After training, dots.tts achieves the best average performance on Seed-TTS-Eval, with WERs of 0.94%/1.30%/6.60% on the zh/en/zh-hard test sets, respectively.", [("dots.tts","Seed-TTS-Eval",0.94),("dots.tts","Seed-TTS-Eval",1.30),("dots.tts","Seed-TTS-Eval",6.60)]),
 # "7.24@GEdit-EN": a value at its benchmark
 ("EditData: x", "The fine-tuned FluxKontext achieves competitive performance on a suite of benchmarks, including 7.24@GEdit-EN, 3.80@ImgEdit-Full, and 8.78@Complex-Edit.", [("FluxKontext","GEdit-EN",7.24),("FluxKontext","ImgEdit-Full",3.80),("FluxKontext","Complex-Edit",8.78)]),
 # a clause after a semicolon that opens with "On <Name>"; "in North America" is no benchmark there
 ("Prover: x", "On the 2025 Putnam Competition, held in North America, Prover solves most problems; On Lean-IMO-Bench, Prover boosts the formal solve rate from 10% to 70%.", [("Prover","Lean-IMO-Bench",70)]),
 # a standard deviation written "std dev" is no score
 ("Distill: x", "Across five runs, the student model achieves a mean accuracy of 69.43% (std dev 0.17%) on MATH-500.", [("Distill","MATH-500",69.43)]),
 # "a robust CIFAR10 classifier with 45% robust accuracy": the data the model was trained on
 ("FastAT: x", "This allows us to learn a robust CIFAR10 classifier with 45% robust accuracy in 6 minutes, and a robust ImageNet classifier with 43% robust accuracy in 12 hours.", [("FastAT","CIFAR10",45),("FastAT","ImageNet",43)]),
 # "<Name> with <metric> of <value>": that name's score (not after "on": "on X with a score of")
 ("MolBench: x", "Our GNN models were strong across datasets (GCN with RMSE of 0.518 on B3DB, GIN-FP with RMSE of 1.022 on FreeSolv and GIN with MAE of 63.783 on RT datasets).", [("GCN","B3DB",0.518),("GIN-FP","FreeSolv",1.022),("GIN","RT",63.783)]),
 ("SignGen: x", "SignGen establishes a strong baseline on CNText2Sign with a BLEU-4 score of 50.41 under direct evaluation.", [("SignGen","CNText2Sign",50.41)]),
 # one value "on both A and B": a result on each
 ("Refold: x", "Evaluations show that Refold achieves a native sequence recovery of 0.63 on both CATH 4.2 and CATH 4.3.", [("Refold","CATH 4.2",0.63),("Refold","CATH 4.3",0.63)]),
 # "on the high-resolution X dataset (92.05%)": a benchmark after "on" and adjectives, not a system
 ("WiFi HAR: x", "In contrast, the BiLSTM model performs better on the high-resolution NTU-Fi HAR dataset (92.05%) by extracting long-term dependencies.", [("BiLSTM","NTU-Fi HAR",92.05)]),
 # a value printed without its leading zero (".483 mAP")
 ("AudioKD: x", "Our distilled student reaches a new state-of-the-art performance of .483 mAP on AudioSet.", [("AudioKD","AudioSet",0.483)]),
 # the name before a clause set off by commas is the subject of the verb after it
 ("Grounded navigation for drones", "We further propose SkyNav-R1, trained with imitation learning (IL) and policy optimisation (PPO), achieving a 63.4% success rate on the val-unseen split of AeroVLN.", [("SkyNav-R1","AeroVLN",63.4)]),
 ("Citation agents", "We then introduce RefBot, a retrieval agent built on the Claude 3 LM that reads full papers, which achieves an accuracy of 41.2% on CiteBench.", [("RefBot","CiteBench",41.2)]),
 ("Wind forecasting", "Finally, the GRU model, used to forecast storms during the 2022 Atlantic hurricane season, achieved an RMSE of 1.42 m/s on the NOAA buoy data.", [("GRU","NOAA buoy",1.42)]),
 # "Our benchmark, <Name>, ...": the paper's own benchmark, for results that name none
 ("Can agents cite?", "Our benchmark, RefCheck, consists of 1,200 excerpts from recent papers. The strongest model, RefBot, reaches only 12.5% accuracy.", [("RefBot","RefCheck",12.5)]),
 # "performs well by achieving": the participle shares the main clause's subject
 ("Lip reading with phonemes", "Trained on a large visual corpus, our LipNet-P method demonstrates superior performance by achieving 24.1% WER on the LRS3 dataset.", [("LipNet-P","LRS3",24.1)]),
 # metric names written out in full (not systems, not subjects); IoU thresholds are no scores
 ("LesionNet: x", "Our network surpasses prior methods with Dice Similarity Coefficient of 0.902 and Accuracy 0.948 on the PH2 dataset and Dice Similarity Coefficient of 0.887 and Accuracy 0.931 on the HAM10000 dataset.", [("LesionNet","PH2",0.902),("LesionNet","PH2",0.948),("LesionNet","HAM10000",0.887),("LesionNet","HAM10000",0.931)]),
 ("FloodNet: x", "On the MekongFlow dataset, the Kling–Gupta efficiency (KGE) reached 0.93.", [("FloodNet","MekongFlow",0.93)]),
 ("Citrus detection: x", "YOLOv8 reaches 96.1% mAP@50-95 on CitrusSet, measured as mean average precision at 50% to 95% Intersection over Union.", [("YOLOv8","CitrusSet",96.1)]),
 # the one dataset a comparison is run on, named sentences before the result
 ("Tiny keyword spotting", "We compared the proposed network with four strong models on two experimental settings of the Hey Snips dataset. The results are encouraging. For example, it achieves a false rejection rate of 2.41% with only 30K parameters.", [(None,"Hey Snips",2.41)]),
 # "our baseline system" is the paper's starting point, not its final system
 ("SpoofGuard: x", "Our baseline system is based on a residual network and has achieved an equal error rate (EER) of 3.91% on the ASVspoof 2021 LA track.", [("baseline system","ASVspoof 2021 LA",3.91)]),
 # the paper's own benchmark: named in the title only, or set off by commas after "a ... dataset"
 ("Corefly: A Reading Comprehension Dataset Requiring Coreference", "We present a new crowdsourced dataset of 20K questions. The best model performance is 68.2 F1, while the estimated human performance is 92.1 F1.", [(None,"Corefly",68.2),("humans","Corefly",92.1)]),
 ("Exploring hard yes/no questions", "We build a reading comprehension dataset, YesNoQA, of such questions. The best model reaches 78.3% accuracy, far below human annotators.", [(None,"YesNoQA",78.3)]),
 # a shared-task or competition paper: the team is the system, the task its benchmark
 ("The Falcon submission at the HotpotQA Challenge 2024", "We describe our multi-hop reader. Our final ensemble obtains an F1 score of 71.2, ranking second among 20 teams.", [("Falcon","HotpotQA Challenge 2024",71.2)]),
 ("Team Nimbus in the EEG Decoding Challenge 2025: Lightweight Transformers for Motor Imagery", "We fine-tune a compact transformer on the released recordings. The model achieves a balanced accuracy of 64.3% on the final leaderboard.", [("Nimbus","EEG Decoding Challenge 2025",64.3)]),
 ("KiteNLP at the ArgMining 2024 Shared Task: Prompting for Key Points", "Our best run achieves a ROUGE-L of 0.412.", [("KiteNLP","ArgMining 2024 Shared Task",0.412)]),
 ("RiverAI Solution for NeurIPS 2023 FloodCast Challenge", "Our approach reaches an NSE of 0.87 on the private test period.", [("RiverAI","FloodCast Challenge",0.87)]),
 ("The Owl System for the Short-Duration Speaker Verification Challenge 2020", "This paper describes our entry to the Short-duration Speaker Verification (SdSV) challenge 2020. Our primary submission yields an equal error rate (EER) of 2.14% on the evaluation set.", [("Owl","SdSV Challenge 2020",2.14)]),
 ("KDD Cup 2024 OAG-LSC Team Pelican Winner Solution", "Our ensemble reaches an MRR of 0.412 on the private leaderboard.", [("Pelican","KDD Cup 2024 OAG-LSC",0.412)]),
 ("Delta QRS-Lab Speaker Verification System for the VoxCeleb Speaker Recognition Challenge 2023", "Our final fused system obtains an EER of 2.84% on the evaluation set.", [("Delta QRS-Lab","VoxCeleb Speaker Recognition Challenge 2023",2.84)]),
 ("UPN’ Systems for the IWSLT 2024 Dialect Speech Translation Task", "Our best cascaded system reaches a BLEU score of 17.2.", [("UPN","IWSLT 2024 Dialect Speech Translation Task",17.2)]),
 # values "for the three datasets" named sentences before (another list of three in between)
 ("SkinEns: x", "Three benchmark datasets—DermA, DermB, and DermC—were used in this research. Classification was performed through an ensemble of MobileNetV2, VGG19, and InceptionV3. The method achieved accuracies of 96.3%, 90.8%, and 93.9% for the three datasets.", [("SkinEns","DermA",96.3),("SkinEns","DermB",90.8),("SkinEns","DermC",93.9)]),
 # the system named after its noun, set off by commas
 ("Brain age prediction: deep models need a hand", "In this study, we assess a deep model, AgeNet-reg, based on the VGG-16 architecture. Our approach reaches an MAE of 2.79 years on the ADNI dataset.", [("AgeNet-reg","ADNI",2.79)]),
 # "the best model" is the system named the best before
 ("PuzzleBench: A Benchmark of Visual Puzzles", "We evaluate 13 models on PuzzleBench. We find that Gemini-2.0 significantly outperforms all other models. However, even the best model has a final accuracy of only 42% on PuzzleBench.", [("Gemini-2.0","PuzzleBench",42)]),
 # the one system a generic subject names ("models like X"), or named the top performer
 ("MathAgent: x", "Although the tasks are school math problems, even frontier models like Claude-4 only achieve 61% accuracy on MathAgent-Bench.", [("Claude-4","MathAgent-Bench",61)]),
 ("AlgoBench: Measuring Algorithmic Depth", "Remarkably, state-of-the-art models like OpenAI's o4 fail entirely on AlgoBench, solving less than 2% of the questions.", [("o4","AlgoBench",2)]),
 ("RoboGen-Eval: x", "Our analysis on RoboGen-Eval identifies Octo-2 as the top performer (58.5% in Spatial-CG; 19.4% in Task-CG).", [("Octo-2","Spatial-CG",58.5),("Octo-2","Task-CG",19.4)]),
 # a dataset named after its noun, set off by commas, before a "where" clause
 ("FakeUrdu: x", "The models were then tested on a more diverse dataset, Ax-to-Grind, where both SVM and LSTM achieved an F1 score of 89%.", [("SVM","Ax-to-Grind",89),("LSTM","Ax-to-Grind",89)]),
 # (a title naming a problem is no shared task: no team, no task from it)
 ("Machine Learning Based Decision Support System for Early COVID-19 Mortality Prediction", "A gradient boosting model trained on the HOSP-COVID cohort achieves an AUC of 0.91.", [(None,"HOSP-COVID",0.91)]),
 # a heading of a structured abstract glued to the sentence ("information.Results On the ...")
 ("ShipNet: a SAR ship detector", "It captures fine ship textures and directional information.Results On the SSDD dataset, the model achieved 97.0% precision and 96.4% recall.", [("ShipNet","SSDD",97.0),("ShipNet","SSDD",96.4)]),
 # (the word after a heading opens its sentence: no name)
 ("LLMs on the licensing exam: a systematic review", "Materials and Methods A literature search was conducted. Results Three relevant studies were found, with GPT-4 showcasing the highest accuracy rates of 80-90% on the USMLE.", [("GPT-4","USMLE",80)]),
 # the data a sentence opens with ("Using the X arrhythmia dataset, we assessed"), a dataset
 # named with its owner ("PhysioNet's MIT-BIH dataset")
 ("A residual network for arrhythmia detection", "Using the MIT-BIH arrhythmia dataset, we assessed the suggested technique. The findings show that our suggested strategy classified 15,000 cases with a high accuracy of 98.2%.", [(None,"MIT-BIH",98.2)]),
 ("A perceptron for arrhythmia detection", "The method is trained and evaluated using PhysioNet’s MIT-BIH dataset, and an average accuracy of 98.72% is achieved.", [(None,"MIT-BIH",98.72)]),
 # a rating on a scale in a benchmark paper is on its benchmark
 ("OpenTumorBoard: A Real-World Benchmark of Tumor Board Discussions", "We introduce OpenTumorBoard, a benchmark with 611 patient cases. Evaluation of 14 frontier LLMs reveals substantial limitations: the best models score 3.43 out of 5 in clinical equivalence to specialist answers.", [(None,"OpenTumorBoard",3.43)]),
 # the name of a statistic is no benchmark ("a 0.99 Pearson correlation with ...")
 ("OpenFActScore: open-source atomic evaluation of factuality", "Gemma achieves the best overall performance and our final setup obtains a 0.99 Pearson correlation with the original FActScore experiments.", []),
 # a signal modality is no evaluation dataset ("Experiments on public ECG datasets")
 ("Detecting arrhythmia with weighted federated learning", "Experiments on public ECG datasets show that the approach outperforms centralized learning. On the client side, the approach had an accuracy of 0.93.", []),
 # "for X dataset" names the data; a compared system's own score ("the Y which reported 93%",
 # "surpassing Z's 85.5%")
 ("A comparative analysis of graph networks for fake news", "BiSAGE performs the best with 94% accuracy in 980 seconds for Twitter16 dataset, which is comparable to the BiGCN-B which reported 93% accuracy.", [("BiSAGE","Twitter16",94),("BiGCN-B","Twitter16",93)]),
 ("VLA-X: distilled action experts", "On LIBERO, VLA-X reaches 92.1% average success, surpassing OpenVLA's 85.5%.", [("VLA-X","LIBERO",92.1),("OpenVLA","LIBERO",85.5)]),
 # the data a title says the system is built on ("... based on MIND dataset") for a list of
 # metric-value pairs that names none
 ("User recommendation system based on MIND dataset", "In this paper, we present our proposed recommendation system. Finally, we achieve good results in AUC 71.211, MRR 35.72, and nDCG@10 44.45.", [(None,"MIND",71.211),(None,"MIND",35.72),(None,"MIND",44.45)]),
 # "namely X" after a system's noun names the system (after "categories" it names data)
 ("Simple baselines for image restoration", "Thus, we derive a Nonlinear Activation Free Network, namely NAFNet, from the baseline. SOTA results are achieved, e.g. 33.69 dB PSNR on GoPro.", [("NAFNet","GoPro",33.69)]),
 ("Deep review interaction for recommendation", "On two large categories, namely AZ-CSJ and AZ-Mov, our model achieves an RMSE of 1.08 on AZ-CSJ.", [(None,"AZ-CSJ",1.08)]),
 # two adjectives before a benchmark's name (not an adverb, a comparative or a conjunction)
 ("PGS: planning with guidance", "PGS achieves a Driving Score of 78.08 and a mean success rate of 48.64% on the challenging closed-loop Bench2Drive benchmark.", [("PGS","Bench2Drive",78.08),("PGS","Bench2Drive",48.64)]),
 ("A gradient-boosted ensemble for permeability", "The model, trained on experimentally annotated BBB datasets, achieved a validation ROC-AUC of 0.932 on the B3DB benchmark.", [(None,"B3DB",0.932)]),
 # a spread of scores over targets: one score with its range
 ("Toxicity prediction with graph networks", "On Tox21, the proposed GCN achieved ROC-AUC values ranging from 0.46 to 0.68 across the twelve targets.", [("GCN","Tox21",0.46)]),
 # a compute cost after the name is no name; nor is a phrase that opens with "Using"
 ("Tiny point networks for 3D shape recognition", "On ModelNet40, PointLite-S with 0.14M parameters and 0.31 GFLOPs achieves 93.6% overall accuracy.", [("PointLite-S","ModelNet40",93.6)]),
 ("Parallel graph networks for binding affinity", "Using PDBbind2016 data, our network reaches a Pearson r of 0.66 on the CASF-2016 core set.", [(None,"CASF-2016",0.66)]),
 # "it" after a clause boundary is the subject named before it; a task's acronym is no system
 ("Multi-Object Tracking as Cross Attention", "We propose a conceptually simple multi-object tracking (MOT) model. Our proposed end-to-end MOT model, CrossTrack, has a detector and one attention module. We show that CrossTrack runs in real time; specifically, it achieves 32.6 FPS on MOT17.", [("CrossTrack","MOT17",32.6)]),
]


def _key(name: str | None) -> str:
    return "".join(ch for ch in (name or "").lower() if ch.isalnum())


def _agrees(got: tuple, want: tuple) -> bool:
    """Same model and value; benchmark names agree as the scorer's do (one contains the other)."""
    return got[0] == want[0] and got[2] == want[2] and bool(got[1]) and (got[1] in want[1] or want[1] in got[1])


@pytest.mark.parametrize("title, text, expected", CASES, ids=[c[1][:40] for c in CASES])
def test_field_sentence(title: str, text: str, expected: list[tuple[str, str, float]]) -> None:
    results, _ = Extractor.load().extract(Document(id="t", title=title, abstract=text))
    got = {(r.model, _key(r.benchmark), r.value) for r in results if r.kind == "score"}
    want = {(m, _key(b), v) for m, b, v in expected}
    missing = {w for w in want if not any(_agrees(g, w) for g in got)}
    assert not missing, f"missing {missing}; got {got}"
    extra = {g for g in got if not any(g[2] == v for _, _, v in expected)}
    assert not extra, f"unexpected scores {extra}"


# Gains, reductions and margins stated without an absolute score: (value, benchmark or None).
DELTA_CASES = [
 ("A: x", "Compared to the strongest baseline, our method yields an absolute gain of 4.3% on Kinetics-400.", [(4.3,"Kinetics-400")]),
 ("B: x", "Our approach reduces the error rate on CIFAR-10 by 23% relative to ResNet-50.", [(23,"CIFAR-10")]),
 ("C: x", "It cuts inference latency by half and memory by 3x on LLaMA-7B.", [(3,None)]),
 ("D: x", "Results show consistent improvements of 1.2-2.8 BLEU across all WMT language pairs.", [(1.2,None)]),
 ("E: x", "Our model improves mIoU by 3.1 and 2.4 points on Cityscapes and ADE20K, respectively.", [(3.1,"Cityscapes"),(2.4,"ADE20K")]),
 ("F: x", "The proposed loss boosts top-1 accuracy by over 5 points on ImageNet-LT.", [(5,"ImageNet-LT")]),
 ("G: x", "On MS MARCO, reranking with G increases MRR@10 by 2.7 points over monoT5.", [(2.7,"MS MARCO")]),
 ("H: x", "H achieves a 35% reduction in FID on FFHQ compared with StyleGAN2.", [(35,"FFHQ")]),
 ("I: x", "I improves nDCG@10 on BEIR by 3.2 points on average and reaches 52.1 on MS MARCO dev.", [(3.2,"BEIR")]),
 ("J: x", "On MMLU, J reduces inference latency by 43% and memory usage by 2.1x.", [(43,"MMLU"),(2.1,"MMLU")]),
 ("K: x", "On Ego4D, K boosts recall@1 by a relative 18%.", [(18,"Ego4D")]),
 ("L: x", "L cuts the number of LLM calls by 60% while keeping task success on ALFWorld within 1% of ReAct.", [(60,None),(1,None)]),
 ("M: x", "Relative to GPT-4, M improves pass@1 on HumanEval by 7.3% and on MBPP by 5.1%.", [(7.3,"HumanEval"),(5.1,"MBPP")]),
 ("N: x", "N repairs more bugs (an average of 27.78% on Defects4J v1.2 and 23.40% on Defects4J v2.0) than using LLM patches directly.", [(27.78,"Defects4J v1.2"),(23.4,"Defects4J v2.0")]),
 ("SED: x", "Experiments are carried out in the context of DCASE 2022 task 4. Relative improvements of 6.43% in event-F1, 1.96% in PSDS1, and 2.43% in PSDS2 are achieved by SED.", [(6.43,"DCASE 2022"),(1.96,"DCASE 2022"),(2.43,"DCASE 2022")]),
 ("Voice: x", "Our fine-tuned models achieve improvements of 29.12% in Mean Opinion Score (MOS) and 14.61 percentage points in Instruction Following Rate (IFR) on control tasks.", [(29.12,None),(14.61,None)]),
 ("Pts: x", "Together with these ideas, we gain 0.5% and 1% overall accuracy on the PointNeXt model with ScanObjectNN and ModelNet40, respectively.", [(0.5,None),(1,None)]),
 ("SV: x", "Pruning reduces the model size by 80% while causing only a 0.04% EER degradation on VoxCeleb1-O.", [(0.04,"VoxCeleb1-O")]),
 ("Sign: x", "Fine-tuning further boosts the performance of 1.10 and 6.84 percentage points on INCLUDE and WLASL respectively compared to the existing state-of-the-art models.", [(1.10,"INCLUDE"),(6.84,"WLASL")]),
 ("O: x", "On SST-2, O reduces the number of parameters by 60% while keeping its accuracy.", []),
 # a speed in percent is relative to another system's: a change, not a score
 ("AdaSplat: x", "AdaSplat achieves a rendering speed of 250% on Mip-NeRF360 while maintaining image quality.", [(250,"Mip-NeRF360")]),
 # a gain with its relative size in brackets is a change
 ("EditScore: x", "The resulting scorer achieves a 0.0612 (+15.10%) gain in score correlation with human ratings on AURORA-Bench.", [(0.0612,"AURORA-Bench"),(15.10,"AURORA-Bench")]),
 # two changes listed before their benchmark; gains in categories with their sizes in brackets
 ("DroneDet: x", "Compared with RT-DETR, DroneDet achieves mAP improvements of 1.4% and 1.9% on the VisDrone2019 dataset with lower computational cost.", [(1.4,"VisDrone2019"),(1.9,"VisDrone2019")]),
 ("QNet: x", "QNet improves average macro F1 from 0.62 to 0.70 on PedMRI, with notable gains in Noise (0.41), Zipper (0.09), and Banding (0.01) artifact classification.", [(0.41,None),(0.09,None),(0.01,None)]),
 ("Weak labels for sound events", "For example, CRNNs trained with our labels outperform baseline models by 4.5% in PSDS1 on DCASE2017, 7.1% on DCASE2018, and 1.6% on UrbanSED.", [(4.5,"DCASE2017"),(7.1,"DCASE2018"),(1.6,"UrbanSED")]),
 # changes in metrics with their sizes in brackets
 # gains on a slash list of metrics: no benchmark, and changes rather than scores
 ("EHRNet: x", "Our model improved performance metrics by 1.6%/0.8% on BACC/AUROC for mortality prediction compared to the best existing methods.", [(1.6,None),(0.8,None)]),
 ("ShiftSR: x", "Trained on DIV2K, ShiftSR cuts FLOPs by 30% with only marginal declines in PSNR (0.03) and SSIM (0.0008).", [(30,None),(0.03,None),(0.0008,None)]),
 # two changes, then the two benchmarks they are on
 ("TagSeg: x", "TagSeg boosts the mIoU of unseen classes by 5.2% and 2.3% on PASCAL Context and COCO-Stuff.", [(5.2,"PASCAL Context"),(2.3,"COCO-Stuff")]),
 # values and benchmark versions written with slashes pair in order
 ("MathOCR: x", "MathOCR surpasses the state of the art, improving the expression recognition rate by 2.25%/1.81%/1.39% on the CROHME 2014/2016/2019 datasets respectively.", [(2.25,"CROHME 2014"),(1.81,"CROHME 2016"),(1.39,"CROHME 2019")]),
 # "outperforms <values> in <tasks>": margins, not scores
 ("AlignKG: x", "Compared with the best supervised method, AlignKG outperforms 3.1% and 0.7% in the Ja-En and Fr-En alignment tasks of DBP15K.", [(3.1,None),(0.7,None)]),
 # costs saved, each with its own noun; a second gain after the first one's benchmark
 ("KoopNet: x", "Compared with the state-of-the-art model, KoopNet achieves competitive performance while saving 71.2% training time and 64.0% memory.", [(71.2,None),(64.0,None)]),
 ("CascadeST: x", "A comparison with end-to-end speech translation shows gains of up to 2.9 BLEU points on MuST-C and up to 4.4 BLEU points on CoVoST.", [(2.9,"MuST-C"),(4.4,"CoVoST")]),
 # "N points on average lower on X": a change
 ("RMBench2: x", "Models score about 18 points on average lower on RMBench 2 compared to the first RMBench.", [(18,"RMBench 2")]),
 # a bounded drop in a metric is a change, not a score of that size
 ("PruneViT: x", "PruneViT halves the FLOPs of DeiT-B with an accuracy drop of less than 0.3% on ImageNet-1K.", [(0.3,"ImageNet")]),
 ("Int8 ASR: x", "Quantising the encoder to 8 bits costs a WER degradation of under 0.2 on LibriSpeech test-clean.", [(0.2,"LibriSpeech test-clean")]),
 # each next "<metric> by <value>" of a list; "and up to <value> over <system>" after a first gain over another
 ("DialogX: x", "DialogX also improves the main metrics: inform rate by 8.1 points, success rate by 9.7 points, and combined score by 7.2 points.", [(8.1,None),(9.7,None),(7.2,None)]),
 ("ZeroMT: x", "We observed gains of about 9 BLEU points over a multilingual baseline and up to 2.08 BLEU over a pivoting mechanism.", [(9,None),(2.08,None)]),
 ("GWN+: x", "These modifications reduce the mean absolute error by .06 on the METR-LA task.", [(0.06,"METR-LA")]),
 # a hyphenated points unit; an advantage is a margin
 ("RM-Code: x", "Reranking with our reward model gives a 7.5-point improvement on HumanEval and a 2-percentage-point gain on MBPP.", [(7.5,"HumanEval"),(2,"MBPP")]),
 ("PairVote: x", "In pairwise votes, textured meshes hold a 144.1 Elo advantage over untextured ones.", [(144.1,None)]),
 # a ratio in "x" is a change, also where the sentence names hardware or a model after "on"
 ("SparseAttn: x", "Paired with our kernel, SparseAttn achieves 14.2x prefill and 7.6x decoding wall-clock speedups on H800.", [(14.2,None),(7.6,None)]),
 ("TurboDiff: x", "TurboDiff reaches 1.41x on FLUX.1-dev without quality loss.", [(1.41,None)]),
]


@pytest.mark.parametrize("title, text, expected", DELTA_CASES, ids=[c[1][:40] for c in DELTA_CASES])
def test_field_delta_sentence(title: str, text: str, expected: list[tuple[float, str | None]]) -> None:
    results, _ = Extractor.load().extract(Document(id="t", title=title, abstract=text))
    got = {(r.value, _key(r.benchmark)) for r in results if r.kind == "delta"}
    for value, bench in expected:
        assert any(v == value and (bench is None or b == _key(bench)) for v, b in got), f"missing {value} on {bench}: {got}"
    assert not [g for g in got if not any(g[0] == v for v, _ in expected)], f"unexpected deltas {got}"
